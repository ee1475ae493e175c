package io.fieldline.gateway.edge;

import io.fieldline.gateway.route.Surface;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Answers a request the gateway refuses, in the error body of the API surface that was called. */
final class ErrorReplies {

    private ErrorReplies() {
    }

    static void reply(RoutingContext context, Surface surface, int status, String code, String message) {
        String requestId = RequestIdOfContext.of(context);
        JsonObject body = surface == Surface.OAUTH
                ? new JsonObject().put("error", oauthCode(code)).put("error_description", message)
                : new JsonObject().put("error", new JsonObject().put("code", code).put("message", message))
                        .put("request_id", requestId);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader(RequestIdOfContext.HEADER, requestId);
        if (surface == Surface.OAUTH) {
            context.response().putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
        }
        context.response().end(body.encode());
    }

    /** RFC 6749 has no not-found or method codes: such requests are malformed token requests. */
    private static String oauthCode(String code) {
        return switch (code) {
            case "bad_gateway", "gateway_timeout" -> "temporarily_unavailable";
            default -> "invalid_request";
        };
    }
}
