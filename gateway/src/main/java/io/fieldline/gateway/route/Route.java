package io.fieldline.gateway.route;

import io.vertx.core.http.HttpMethod;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One public path (and, unless {@code exact}, everything under it): which service serves it, which methods it takes,
 * and the scope each method needs ({@link #PUBLIC} for none).
 */
public record Route(String path, boolean exact, Upstream upstream, Surface surface, Map<HttpMethod, String> scopes) {

    public static final String PUBLIC = "";

    public boolean matches(String requestPath) {
        return requestPath.equals(path) || (!exact && requestPath.startsWith(path + "/"));
    }

    public Set<HttpMethod> methods() {
        return scopes.keySet();
    }

    /** The scope a method needs: empty when the method is allowed without a token. */
    public Optional<String> scopeFor(HttpMethod method) {
        String scope = scopes.get(method);
        return scope == null || scope.equals(PUBLIC) ? Optional.empty() : Optional.of(scope);
    }
}
