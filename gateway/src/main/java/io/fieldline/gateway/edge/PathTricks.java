package io.fieldline.gateway.edge;

import io.fieldline.surfaces.ApiSurface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * Refuses, before any route, a path that could be read as naming another resource than the one it spells: dot
 * segments ({@code /v3/users/../../q/metrics}, also as {@code %2e}), an encoded slash or backslash ({@code %2F},
 * {@code %5C}, {@code \}), an empty segment ({@code //}, a trailing slash) and matrix parameters ({@code ;x=y}). Each
 * is a 404 in the error shape of the surface the path lies under: no client written from the API documents sends
 * them, and a service behind the gateway might resolve them differently than the gateway checked them.
 */
@ApplicationScoped
public class PathTricks {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(PathTricks::check);
    }

    /** Swagger UI's own page is a folder: its trailing slash is the one an API document may not contain. */
    private static final String SWAGGER_UI = "/q/swagger-ui/";

    private static void check(RoutingContext context) {
        String path = context.request().path();
        if (path == null || isPlain(path) || path.equals(SWAGGER_UI)) {
            context.next();
            return;
        }
        ApiSurface surface = ApiSurface.of(path).orElse(ApiSurface.DISPATCH_V3);
        ErrorReplies.reply(context, surface, 404, "not_found", "No such resource: paths with dot segments, empty "
                + "segments, encoded slashes or matrix parameters name nothing here");
    }

    /** Whether every segment of the raw path is plain: no dot segment, no encoded separator, not empty. */
    static boolean isPlain(String rawPath) {
        if (rawPath.equals("/")) {
            return true;
        }
        if (!rawPath.startsWith("/") || rawPath.indexOf(';') >= 0 || rawPath.indexOf('\\') >= 0) {
            return false;
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        for (String segment : segments) {
            String decodedDots = segment.toLowerCase(Locale.ROOT).replace("%2e", ".");
            if (segment.isEmpty() || decodedDots.equals(".") || decodedDots.equals("..")
                    || decodedDots.contains("%2f") || decodedDots.contains("%5c")) {
                return false;
            }
        }
        return true;
    }
}
