package io.fieldline.gateway.openapi;

import io.fieldline.surfaces.CredentialScheme;
import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.gateway.ratelimit.DocumentedLimit;
import io.fieldline.surfaces.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The one OpenAPI document of the whole public API, merged from the services' own: every path the route table makes
 * public, once, with the scope each operation needs (OAuth 2.0 client-credentials and password flows at
 * {@code /v3/oauth/token}), the integration-key schemes where a surface takes them, and each operation's rate limits
 * ({@code x-rate-limits}: policy, quota, window in seconds, and the query parameter that selects a limit, if any).
 * Paths the route table does not list (internal endpoints) are left out. A schema name two services use for different
 * schemas is kept apart by the service's name ({@code TechnicianUserView}).
 */
public final class PublicApiDocument {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head");

    private PublicApiDocument() {
    }

    /**
     * Merges {@code documents} (each service's OpenAPI document as JSON); {@code limits} gives the quotas a request to
     * a route with a method counts against, as the gateway is configured.
     */
    public static JsonObject merge(Map<Service, JsonObject> documents,
                                   BiFunction<PublicRoute, String, List<DocumentedLimit>> limits) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        documents.forEach((service, document) -> {
            JsonObject own = document.copy();
            keepSchemasApart(service, own, schemas);
            own.getJsonObject("paths", new JsonObject()).forEach(entry -> route(entry.getKey())
                    .filter(route -> route.service() == service)
                    .ifPresent(route -> paths.put(entry.getKey(),
                            operations(route, (JsonObject) entry.getValue(), limits))));
        });
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", "Fieldline public API").put("version", "v3")
                        .put("description", "Every public route of Fieldline, as its gateway serves it."))
                .put("paths", sorted(paths))
                .put("components", new JsonObject().put("schemas", sorted(schemas))
                        .put("securitySchemes", securitySchemes()));
    }

    private static Optional<PublicRoute> route(String documentedPath) {
        // a concrete path of the template, so that the route table's own patterns decide
        return PublicRoutes.match(documentedPath.replaceAll("\\{[^}]*}", "1"));
    }

    private static JsonObject operations(PublicRoute route, JsonObject documented,
                                         BiFunction<PublicRoute, String, List<DocumentedLimit>> limits) {
        JsonObject operations = new JsonObject();
        documented.forEach(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (!METHODS.contains(entry.getKey()) || !route.methods().contains(method)) {
                operations.put(entry.getKey(), entry.getValue());
                return;
            }
            JsonObject operation = ((JsonObject) entry.getValue()).copy();
            operation.put("security", security(route, method));
            JsonArray rateLimits = new JsonArray();
            limits.apply(route, method).forEach(action -> {
                JsonObject limit = new JsonObject().put("policy", action.limit().policy())
                        .put("quota", action.limit().quota()).put("window_seconds", action.limit().window().toSeconds());
                action.queryParameter().ifPresent(parameter -> limit.put("when_query_parameter", parameter));
                rateLimits.add(limit);
            });
            operation.put("x-rate-limits", rateLimits);
            operations.put(entry.getKey(), operation);
        });
        return operations;
    }

    private static JsonArray security(PublicRoute route, String method) {
        JsonArray alternatives = new JsonArray();
        Optional<String> scope = route.scopeFor(method);
        if (scope.isEmpty()) {
            return alternatives;
        }
        List<String> scopes = List.of(scope.get());
        if (route.surface().credentials().contains(CredentialScheme.BEARER)) {
            alternatives.add(new JsonObject().put("oauth2", scopes));
        }
        if (route.surface().credentials().contains(CredentialScheme.INTEGRATION_KEY)) {
            alternatives.add(new JsonObject().put("integrationKey", new JsonArray()));
        }
        if (route.surface().credentials().contains(CredentialScheme.X_AUTH_TOKEN)) {
            alternatives.add(new JsonObject().put("xAuthToken", new JsonArray()));
        }
        return alternatives;
    }

    private static JsonObject securitySchemes() {
        JsonObject scopes = new JsonObject();
        PublicRoutes.all().stream().flatMap(route -> route.scopes().values().stream())
                .filter(scope -> !scope.equals(PublicRoute.PUBLIC)).distinct().sorted()
                .forEach(scope -> scopes.put(scope, scope.replace(":", " ") + " access"));
        JsonObject flows = new JsonObject()
                .put("clientCredentials", new JsonObject().put("tokenUrl", "/v3/oauth/token").put("scopes", scopes))
                .put("password", new JsonObject().put("tokenUrl", "/v3/oauth/token").put("scopes", scopes));
        return new JsonObject()
                .put("oauth2", new JsonObject().put("type", "oauth2").put("flows", flows)
                        .put("description", "Job sources use client credentials, a service provider's users their "
                                + "password (seed: Dispatch v3, Authentication)."))
                .put("integrationKey", new JsonObject().put("type", "apiKey").put("in", "header")
                        .put("name", "Authorization")
                        .put("description", "Authorization: INTEGRATION-KEY <key> (seed: technician management API); "
                                + "the key's client's scopes apply."))
                .put("xAuthToken", new JsonObject().put("type", "apiKey").put("in", "header").put("name", "X-Auth-Token")
                        .put("description", "An integration key (seed: users bulk API)."));
    }

    /** Adds {@code document}'s schemas to {@code schemas}, renaming (and re-pointing) any that would clash. */
    private static void keepSchemasApart(Service service, JsonObject document, JsonObject schemas) {
        JsonObject own = document.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        String prefix = service.name().charAt(0) + service.name().substring(1).toLowerCase(Locale.ROOT);
        Map<String, String> renamed = new HashMap<>();
        own.fieldNames().forEach(name -> {
            if (schemas.containsKey(name) && !schemas.getValue(name).equals(own.getValue(name))) {
                renamed.put(SCHEMAS + name, SCHEMAS + prefix + name);
            }
        });
        JsonObject pointed = (JsonObject) repoint(document, renamed);
        document.put("paths", pointed.getJsonObject("paths", new JsonObject()));
        JsonObject pointedSchemas = pointed.getJsonObject("components", new JsonObject())
                .getJsonObject("schemas", new JsonObject());
        pointedSchemas.forEach(entry -> schemas.put(renamed.containsKey(SCHEMAS + entry.getKey())
                ? prefix + entry.getKey() : entry.getKey(), entry.getValue()));
    }

    private static Object repoint(Object value, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return value;
        }
        if (value instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(entry -> copy.put(entry.getKey(),
                    "$ref".equals(entry.getKey()) && entry.getValue() instanceof String ref
                            ? renamed.getOrDefault(ref, ref) : repoint(entry.getValue(), renamed)));
            return copy;
        }
        if (value instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(element -> copy.add(repoint(element, renamed)));
            return copy;
        }
        return value;
    }

    private static JsonObject sorted(JsonObject object) {
        JsonObject sorted = new JsonObject();
        object.fieldNames().stream().sorted().forEach(name -> sorted.put(name, object.getValue(name)));
        return sorted;
    }
}
