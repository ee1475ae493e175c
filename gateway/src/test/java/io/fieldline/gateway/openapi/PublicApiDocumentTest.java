package io.fieldline.gateway.openapi;

import io.fieldline.gateway.ratelimit.DocumentedLimit;
import io.fieldline.surfaces.RateLimit;
import io.fieldline.surfaces.Service;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one API document, merged from the services' own by the route table. */
class PublicApiDocumentTest {

    private static final JsonObject TECHNICIAN = new JsonObject("""
            {"openapi": "3.0.3", "paths": {
               "/api/v1/technicians": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                   {"$ref": "#/components/schemas/Page"}}}}}}},
               "/internal/users/{id}/login": {"put": {"responses": {"204": {}}}}},
             "components": {"schemas": {"Page": {"type": "object", "properties": {"technicians": {"type": "array"}}}}}}
            """);
    private static final JsonObject JOB = new JsonObject("""
            {"openapi": "3.0.3", "paths": {
               "/v3/jobs/{id}": {"get": {"responses": {"200": {"content": {"application/json": {"schema":
                   {"$ref": "#/components/schemas/Page"}}}}}}}},
             "components": {"schemas": {"Page": {"type": "object", "properties": {"jobs": {"type": "array"}}}}}}
            """);

    private final JsonObject merged = PublicApiDocument.merge(Map.of(Service.TECHNICIAN, TECHNICIAN, Service.JOB, JOB),
            (route, method) -> List.of(new DocumentedLimit(route.rateLimitFor(method, Set.of())
                    .orElse(RateLimit.perMinute("route", 600)), Optional.empty())));

    @Test
    void shouldListEveryPublicPathOnceAndNoInternalOne() {
        JsonObject paths = merged.getJsonObject("paths");
        assertEquals(Set.of("/api/v1/technicians", "/v3/jobs/{id}"), paths.fieldNames());
    }

    @Test
    void shouldNameTheScopeOfEachOperationAndTheSchemesThatCarryIt() {
        JsonArray security = merged.getJsonObject("paths").getJsonObject("/v3/jobs/{id}").getJsonObject("get")
                .getJsonArray("security");
        assertEquals(new JsonObject().put("oauth2", new JsonArray().add("jobs:read")), security.getJsonObject(0));
        JsonObject schemes = merged.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("/v3/oauth/token", schemes.getJsonObject("oauth2").getJsonObject("flows")
                .getJsonObject("clientCredentials").getString("tokenUrl"));
        assertTrue(schemes.getJsonObject("oauth2").getJsonObject("flows").getJsonObject("password")
                .getJsonObject("scopes").containsKey("technicians:read"));
        assertEquals("X-Auth-Token", schemes.getJsonObject("xAuthToken").getString("name"));
    }

    @Test
    void shouldStateTheRateLimitOfEachOperation() {
        JsonObject limit = merged.getJsonObject("paths").getJsonObject("/api/v1/technicians").getJsonObject("get")
                .getJsonArray("x-rate-limits").getJsonObject(0);
        assertEquals("technicians-list", limit.getString("policy"));
        assertEquals(60, limit.getInteger("quota"));
        assertEquals(60, limit.getInteger("window_seconds"));
    }

    @Test
    void shouldKeepTwoServicesSchemasOfOneNameApart() {
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals(2, schemas.size(), schemas.encode());
        String technicians = ref(merged, "/api/v1/technicians");
        String jobs = ref(merged, "/v3/jobs/{id}");
        assertFalse(technicians.equals(jobs));
        assertTrue(schemas.getJsonObject(technicians.substring(technicians.lastIndexOf('/') + 1))
                .getJsonObject("properties").containsKey("technicians"));
        assertTrue(schemas.getJsonObject(jobs.substring(jobs.lastIndexOf('/') + 1))
                .getJsonObject("properties").containsKey("jobs"));
    }

    private static String ref(JsonObject document, String path) {
        return document.getJsonObject("paths").getJsonObject(path).getJsonObject("get").getJsonObject("responses")
                .getJsonObject("200").getJsonObject("content").getJsonObject("application/json")
                .getJsonObject("schema").getString("$ref");
    }
}
