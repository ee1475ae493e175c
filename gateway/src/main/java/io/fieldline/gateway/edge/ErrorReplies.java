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
        String requestId = RequestIdOfContext.of(context);
        Problem problem = new Problem(status, code, message, requestId);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader(RequestIdOfContext.HEADER, requestId);
        surface.errorHeaders(problem).forEach(context.response()::putHeader);
        context.response().end(new JsonObject(surface.errorBody(problem)).encode());
    }
}
