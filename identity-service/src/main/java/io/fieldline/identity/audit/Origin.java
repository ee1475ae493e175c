package io.fieldline.identity.audit;

import io.fieldline.surfaces.RequestIds;
import io.vertx.core.http.HttpServerRequest;

/**
 * Where a request came from: the client address the gateway saw and the request id. The gateway appends the address
 * it saw as the last {@code X-Forwarded-For} entry; earlier entries are the caller's own claims and are not trusted.
 */
public record Origin(String clientIp, String requestId) {

    /** For work no request started, such as an event from another service. */
    public static final Origin INTERNAL = new Origin(null, null);

    public static Origin of(HttpServerRequest request) {
        return of(request, request.getHeader(RequestIds.HEADER));
    }

    /** The request's origin, under the id it is answered with. */
    public static Origin of(HttpServerRequest request, String requestId) {
        String forwarded = request.getHeader("X-Forwarded-For");
        String ip;
        if (forwarded != null && !forwarded.isBlank()) {
            ip = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        } else {
            ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        }
        return new Origin(ip, requestId);
    }
}
