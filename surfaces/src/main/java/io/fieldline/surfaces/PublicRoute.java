package io.fieldline.surfaces;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One public resource: its path template, the service that serves it, its surface, and the scope each method needs
 * ({@link #PUBLIC} for none). {@code HEAD} is served wherever {@code GET} is, with {@code GET}'s scope (RFC 9110 §9.3.2).
 */
public record PublicRoute(PathTemplate path, Service service, ApiSurface surface, Map<String, String> scopes) {

    public static final String PUBLIC = "";

    public PublicRoute(String path, Service service, ApiSurface surface, Map<String, String> scopes) {
        this(PathTemplate.of(path), service, surface, Map.copyOf(scopes));
    }

    /** The methods this resource takes, sorted, as an {@code Allow} header lists them (RFC 9110 §10.2.1). */
    public Set<String> methods() {
        Set<String> methods = new TreeSet<>(scopes.keySet());
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    /** The {@code Allow} header of this resource. */
    public String allow() {
        return String.join(", ", methods());
    }

    /** The scope {@code method} needs: empty when the method needs no token (or is not one this resource takes). */
    public Optional<String> scopeFor(String method) {
        String scope = scopes.get("HEAD".equals(method) ? "GET" : method);
        return scope == null || scope.equals(PUBLIC) ? Optional.empty() : Optional.of(scope);
    }
}
