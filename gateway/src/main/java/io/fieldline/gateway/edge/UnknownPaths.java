package io.fieldline.gateway.edge;

import io.fieldline.surfaces.ApiSurface;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a path no route knows (neither a public surface nor the gateway's own documents and probes) with a JSON 404
 * in the Dispatch v3 shape, instead of the framework's HTML page.
 */
@ApplicationScoped
public class UnknownPaths {

    void register(@Observes Router router) {
        router.route().last().handler(context -> ErrorReplies.reply(context, ApiSurface.DISPATCH_V3,
                404, "not_found", "No such resource: " + context.request().path()));
    }
}
