package io.fieldline.surfaces;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * One public resource: its path template, the service that serves it, its surface, the scope each method needs
 * ({@link #PUBLIC} for none) and the rate limits its seed sets. {@code HEAD} is served wherever {@code GET} is, with
 * {@code GET}'s scope and limit (RFC 9110 §9.3.2). A route may take larger request bodies than the gateway's
 * default ({@code bodyLimit}, in bytes).
 */
public record PublicRoute(PathTemplate path, Service service, ApiSurface surface, Map<String, String> scopes,
                          Map<String, RateLimit> rateLimits, OptionalLong bodyLimit) {

    public static final String PUBLIC = "";

    public PublicRoute(String path, Service service, ApiSurface surface, Map<String, String> scopes) {
        this(PathTemplate.of(path), service, surface, Map.copyOf(scopes), Map.of(), OptionalLong.empty());
    }

    /**
     * This route with {@code limit} on {@code action}: a method ({@code "GET"}), or a method and a query parameter whose
     * presence makes the request another action ({@code "GET ?id"}: the technicians API's "Get technician").
     */
    public PublicRoute limited(String action, RateLimit limit) {
        Map<String, RateLimit> limits = new HashMap<>(rateLimits);
        limits.put(action, limit);
        return new PublicRoute(path, service, surface, scopes, Map.copyOf(limits), bodyLimit);
    }

    /** This route taking request bodies of up to {@code bytes}, instead of the gateway's default limit. */
    public PublicRoute bodyLimit(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a body limit is a positive number of bytes: " + bytes);
        }
        return new PublicRoute(path, service, surface, scopes, rateLimits, OptionalLong.of(bytes));
    }

    /**
     * The limit the seed sets on {@code method} with these query parameters, if any: a query-parameter action first,
     * then the method's own.
     */
    public Optional<RateLimit> rateLimitFor(String method, Set<String> queryParameters) {
        String limited = "HEAD".equals(method) ? "GET" : method;
        return queryParameters.stream().sorted().map(name -> rateLimits.get(limited + " ?" + name))
                .filter(Objects::nonNull).findFirst()
                .or(() -> Optional.ofNullable(rateLimits.get(limited)));
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
