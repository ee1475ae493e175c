package io.fieldline.platform.request;

import io.fieldline.surfaces.RequestIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every request an id (keeping a valid incoming one) and echoes it on the response. */
public class RequestIdFilters {

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        request.getHeaders().putSingle(RequestIds.HEADER,
                RequestIds.keepOrAssign(request.getHeaderString(RequestIds.HEADER)));
    }

    @ServerResponseFilter
    public void echoRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestIds.HEADER, request.getHeaderString(RequestIds.HEADER));
    }
}
