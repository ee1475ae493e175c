package io.fieldline.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.fieldline.events.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


/**
 * Turns every failure into the error body of the API surface that was called, with the request id; never leaks class
 * names or stack traces. OAuth endpoints answer as RFC 6749 section 5.2 says, everything else with {@link ErrorBody}.
 */
public class ApiExceptionMappers {

    private static final String OAUTH_PATH = "/v3/oauth/";

    @ServerExceptionMapper
    public Response apiException(ApiException problem, ContainerRequestContext request) {
        return respond(problem, request);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(ContainerRequestContext request) {
        return respond(ApiException.unauthorized("Missing or invalid access token"), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException denied, ContainerRequestContext request) {
        return respond(new ApiException(403, "insufficient_scope", "The access token lacks the scope this request needs"),
                request);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException missing, ContainerRequestContext request) {
        return respond(ApiException.notFound("Resource"), request);
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException notAllowed, ContainerRequestContext request) {
        Response response = respond(new ApiException(405, "method_not_allowed",
                request.getMethod() + " is not supported here"), request);
        String allow = notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException unreadable, ContainerRequestContext request) {
        return respond(ApiException.unreadableJson(unreadable), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, ContainerRequestContext request) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, request);
        }
        return respond(new ApiException(status, status == 415 ? "unsupported_media_type" : "bad_request",
                failure.getMessage()), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, ContainerRequestContext request) {
        return respond(ApiException.unexpected(failure, request.getHeaderString(RequestIds.HEADER)), request);
    }

    private static Response respond(ApiException problem, ContainerRequestContext request) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(MediaType.APPLICATION_JSON_TYPE);
        if (request.getUriInfo().getPath().startsWith(OAUTH_PATH)) {
            response.entity(OAuthErrorBody.of(problem));
            OAuthErrorBody.headers(problem).forEach(response::header);
        } else {
            response.entity(ErrorBody.of(problem, request.getHeaderString(RequestIds.HEADER)));
        }
        return response.build();
    }
}
