package io.fieldline.gateway.edge;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Problem;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers a request the gateway refuses, in the error body and headers of the API surface that was called. */
final class ErrorReplies {

    private ErrorReplies() {
    }

    static void reply(RoutingContext context, ApiSurface surface, int status, String code, String message) {
        reply(context, surface, status, code, message, true);
    }

    /**
     * Refuses a request that sent no credential of a scheme {@code surface} takes: the surface's bad-credential status
     * (401, or 403 where its seed says so), challenged without an error code (RFC 6750 §3.1).
     */
    static void missingCredential(RoutingContext context, ApiSurface surface, String message) {
        int status = surface.badCredentialStatus();
        reply(context, surface, status, status == 401 ? "unauthorized" : "forbidden", message, false);
    }

    private static void reply(RoutingContext context, ApiSurface surface, int status, String code, String message,
                              boolean credentialSent) {
        String requestId = RequestIdOfContext.of(context);
        Problem problem = new Problem(status, code, message, requestId);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader(RequestIdOfContext.HEADER, requestId);
        surface.errorHeaders(problem, credentialSent).forEach(context.response()::putHeader);
        context.response().end(new JsonObject(surface.errorBody(problem)).encode());
    }
}
