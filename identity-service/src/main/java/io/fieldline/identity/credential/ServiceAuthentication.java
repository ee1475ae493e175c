package io.fieldline.identity.credential;

import io.fieldline.platform.config.InternalConfig;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.serviceauth.ServiceCredentials;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Lets only the named calling service into an {@link InternalEndpoint}, by the {@link ServiceCredentials} it presents
 * (HTTP Basic with its name and the shared internal secret, compared in constant time); anyone else gets 401.
 */
public class ServiceAuthentication {

    private final ServiceCredentials credentials;

    public ServiceAuthentication(InternalConfig internal) {
        this.credentials = new ServiceCredentials(internal.secret().orElse(null));
    }

    @ServerRequestFilter
    public void requireCallingService(ContainerRequestContext request, ResourceInfo resource) {
        InternalEndpoint endpoint = resource.getResourceClass().getAnnotation(InternalEndpoint.class);
        if (endpoint != null && !credentials.isFrom(request.getHeaderString(HttpHeaders.AUTHORIZATION), endpoint.caller())) {
            throw ApiException.unauthorized("This internal endpoint needs service authentication");
        }
    }
}
