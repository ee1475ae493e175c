package io.fieldline.gateway.edge;

import io.fieldline.surfaces.RequestIds;
import io.vertx.ext.web.RoutingContext;

/** The gateway assigns every request an {@code X-Request-Id}, keeping a valid one the caller sent. */
final class RequestIdOfContext {

    static final String HEADER = RequestIds.HEADER;

    private RequestIdOfContext() {
    }

    /** The request's id: the caller's if valid, else a new one; the same for the whole request. */
    static String of(RoutingContext context) {
        String id = context.get(HEADER);
        if (id == null) {
            id = RequestIds.keepOrAssign(context.request().getHeader(HEADER));
            context.put(HEADER, id);
        }
        return id;
    }
}
