package io.fieldline.gateway.edge;

import io.fieldline.surfaces.ApiSurface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Refuses, before every other route, a request target that is not a valid URI reference, such as a path or query
 * holding a {@code %} that starts no escape of two hexadecimal digits (RFC 3986 §2.1: {@code /v3/users/%zz},
 * {@code ?x=%zz}): a 400 in the error shape of the surface its raw path lies under, with a request id. It is the check
 * Quarkus makes before routing, which the gateway switches off ({@link io.fieldline.gateway.GatewayMain}) because
 * Quarkus answers it with an empty body.
 */
@ApplicationScoped
public class UndecodableRequests {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(UndecodableRequests::checkTarget);
    }

    private static void checkTarget(RoutingContext context) {
        try {
            new URI(context.request().uri());
            context.next();
        } catch (URISyntaxException malformed) {
            String path = context.request().path();
            ApiSurface surface = ApiSurface.of(path == null ? "/" : path).orElse(ApiSurface.DISPATCH_V3);
            ErrorReplies.reply(context, surface, 400, "bad_request", "The request's path or query is malformed at "
                    + "character " + malformed.getIndex() + ": a % must start an escape of two hexadecimal digits, "
                    + "and other characters outside RFC 3986 must be escaped");
        }
    }
}
