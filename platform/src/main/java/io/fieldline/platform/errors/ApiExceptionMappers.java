package io.fieldline.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.fieldline.surfaces.RequestIds;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Problem;
import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.surfaces.Surface;
import io.fieldline.platform.validation.RequestBodyProblems;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Optional;


/**
 * Turns every failure into the error body and headers of the API surface that was called, with the request id; never
 * leaks class names or stack traces. A resource names its surface with {@link Surface}; a request that matched no
 * resource takes the surface of its path.
 */
public class ApiExceptionMappers {

    @ServerExceptionMapper
    public Response apiException(ApiException problem, ContainerRequestContext request, SimpleResourceInfo resource) {
        return respond(problem, request, resource);
    }

    /** A bearer token was sent and failed verification. */
    @ServerExceptionMapper
    public Response badCredential(AuthenticationFailedException failed, ContainerRequestContext request,
                                  SimpleResourceInfo resource) {
        return respond(ApiException.unauthorized("Invalid or expired access token"), request, resource);
    }

    /** No bearer token was sent, so the request is anonymous where a scope is needed. */
    @ServerExceptionMapper
    public Response missingCredential(UnauthorizedException anonymous, ContainerRequestContext request,
                                      SimpleResourceInfo resource) {
        return respond(ApiException.missingCredential("Missing access token: send Authorization: Bearer <token>"),
                request, resource);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException denied, ContainerRequestContext request, SimpleResourceInfo resource) {
        return respond(new ApiException(403, ApiSurface.INSUFFICIENT_SCOPE, "The access token lacks the scope this request needs"),
                request, resource);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException missing, ContainerRequestContext request, SimpleResourceInfo resource) {
        return respond(ApiException.notFound("Resource"), request, resource);
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException notAllowed, ContainerRequestContext request, SimpleResourceInfo resource) {
        Response response = respond(new ApiException(405, "method_not_allowed",
                request.getMethod() + " is not supported here"), request, resource);
        // RFC 9110 §15.5.6: the methods of the target resource, as the route table lists them
        Optional<String> allow = PublicRoutes.match(request.getUriInfo().getPath()).map(PublicRoute::allow);
        return allow.isEmpty() ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow.get()).build();
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException unreadable, ContainerRequestContext request, SimpleResourceInfo resource) {
        return respond(RequestBodyProblems.of(unreadable), request, resource);
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException invalid, ContainerRequestContext request, SimpleResourceInfo resource) {
        return respond(RequestBodyProblems.of(invalid.getConstraintViolations()), request, resource);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, ContainerRequestContext request, SimpleResourceInfo resource) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, request, resource);
        }
        // the JSON reader wraps what it cannot parse (a duplicate key, text a field refuses) in a 400
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return respond(RequestBodyProblems.of(unreadable), request, resource);
        }
        if (status == 415 || status == 406) {
            return respond(mediaTypeRefused(status, request, surfaceOf(request, resource)), request, resource);
        }
        return respond(ApiException.badRequest(failure.getMessage()), request, resource);
    }

    /** A form body that does not decode, such as a bad percent escape, is malformed, not a failure of ours. */
    @ServerExceptionMapper
    public Response undecodable(IllegalArgumentException failure, ContainerRequestContext request,
                                SimpleResourceInfo resource) {
        if (failure.getMessage() != null && failure.getMessage().startsWith("URLDecoder:")) {
            return respond(ApiException.badRequest("Request body is not a valid form"), request, resource);
        }
        return unexpected(failure, request, resource);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, ContainerRequestContext request, SimpleResourceInfo resource) {
        return respond(ApiException.unexpected(failure, request.getHeaderString(RequestIds.HEADER)), request, resource);
    }

    /**
     * A body of a type no resource here reads (415), or an {@code Accept} no resource here can answer (406), in our own
     * words: what was sent and what the surface takes (RFC 9110 §15.5.16, §15.5.7).
     */
    private static ApiException mediaTypeRefused(int status, ContainerRequestContext request, ApiSurface surface) {
        String types = switch (surface) {
            case OAUTH -> "application/x-www-form-urlencoded or application/json";
            case USERS_BULK -> "application/json or application/xml";
            default -> "application/json";
        };
        if (status == 415) {
            MediaType sent = request.getMediaType();
            return new ApiException(415, "unsupported_media_type", (sent == null ? "A body without Content-Type"
                    : "Content-Type " + sent.getType() + "/" + sent.getSubtype()) + " is not supported; send " + types);
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return new ApiException(406, "not_acceptable", "Accept " + accept + " cannot be answered here; accept "
                + (surface == ApiSurface.OAUTH ? "application/json" : types));
    }

    private static Response respond(ApiException refusal, ContainerRequestContext request, SimpleResourceInfo resource) {
        ApiSurface surface = surfaceOf(request, resource);
        Problem problem = refusal.problem(request.getHeaderString(RequestIds.HEADER));
        Response.ResponseBuilder response = Response.status(surface.status(problem)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(surface.errorBody(problem));
        surface.errorHeaders(problem, refusal.credentialSent()).forEach(response::header);
        return response.build();
    }

    private static ApiSurface surfaceOf(ContainerRequestContext request, SimpleResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Surface declared = type == null ? null : type.getAnnotation(Surface.class);
        return declared != null ? declared.value()
                : ApiSurface.of("/" + request.getUriInfo().getPath().replaceFirst("^/", "")).orElse(ApiSurface.DISPATCH_V3);
    }
}
