package io.fieldline.platform.serviceauth;

import io.fieldline.serviceauth.ServiceCredentials;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import io.fieldline.platform.config.InternalConfig;

/**
 * Authenticates every call of a MicroProfile REST client as this service ({@code quarkus.application.name}) to another
 * service's internal endpoints, by {@link ServiceCredentials}. Register it on the client interface with
 * {@code @RegisterProvider(ServiceAuthorizationFilter.class)}; the service must set {@code fieldline.internal.secret}.
 */
public class ServiceAuthorizationFilter implements ClientRequestFilter {

    private final String authorization;

    public ServiceAuthorizationFilter(InternalConfig internal) {
        this.authorization = new ServiceCredentials(internal.secret().orElse(null)).authorization(internal.service());
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
    }
}
