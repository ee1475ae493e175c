package io.fieldline.gateway.route;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/** Every public path of Fieldline, the service behind it and the scope each method needs. */
@ApplicationScoped
public class RouteTable {

    private static final List<Route> ROUTES = List.of(
            new Route("/v3/oauth/token", true, Upstream.IDENTITY, Surface.OAUTH, Map.of(POST, Route.PUBLIC)),
            new Route("/v3/oauth/revoke", true, Upstream.IDENTITY, Surface.OAUTH, Map.of(POST, Route.PUBLIC)),
            new Route("/v3/oauth/introspect", true, Upstream.IDENTITY, Surface.OAUTH, Map.of(POST, Route.PUBLIC)),
            new Route("/.well-known/oauth-authorization-server", true, Upstream.IDENTITY, Surface.OAUTH,
                    Map.of(GET, Route.PUBLIC)),
            new Route("/.well-known/jwks.json", true, Upstream.IDENTITY, Surface.OAUTH, Map.of(GET, Route.PUBLIC)),
            new Route("/admin", false, Upstream.IDENTITY, Surface.API, Map.of(
                    GET, "admin", POST, "admin", PATCH, "admin", DELETE, "admin")),
            new Route("/api/v1/technicians", true, Upstream.TECHNICIAN, Surface.API, Map.of(GET, "technicians:read")),
            new Route("/v3/users", false, Upstream.TECHNICIAN, Surface.API, Map.of(
                    GET, "users:read", POST, "users:write", PATCH, "users:write", DELETE, "users:write")));

    public Optional<Route> match(String path) {
        return ROUTES.stream().filter(route -> route.matches(path)).findFirst();
    }

    /** The surface a path belongs to, for answering requests that match no route. */
    public Surface surfaceOf(String path) {
        return path.startsWith("/v3/oauth/") || path.startsWith("/.well-known/") ? Surface.OAUTH : Surface.API;
    }
}
