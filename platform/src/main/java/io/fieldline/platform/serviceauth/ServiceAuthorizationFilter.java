package io.fieldline.platform.serviceauth;

import io.fieldline.serviceauth.ServiceCredentials;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authenticates every call of a MicroProfile REST client as this service ({@code quarkus.application.name}) to another
 * service's internal endpoints, by {@link ServiceCredentials}. Register it on the client interface with
 * {@code @RegisterProvider(ServiceAuthorizationFilter.class)}; the service must set {@code fieldline.internal.secret}.
 */
public class ServiceAuthorizationFilter implements ClientRequestFilter {

    private final String authorization;

    public ServiceAuthorizationFilter(@ConfigProperty(name = "quarkus.application.name") String service,
                                      @ConfigProperty(name = ServiceCredentials.SECRET_PROPERTY) String secret) {
        this.authorization = new ServiceCredentials(secret).authorization(service);
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
    }
}
