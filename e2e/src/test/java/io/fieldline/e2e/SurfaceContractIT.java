package io.fieldline.e2e;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Problem;
import io.fieldline.surfaces.PublicRoute;
import io.fieldline.surfaces.PublicRoutes;
import io.fieldline.surfaces.Service;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The field rules of every route of the shared route table, through the gateway to the real services: a JSON body with
 * a field the route does not know is refused, naming the field, with 422 in the route's surface's error body, with 400
 * on the technician management API (its seed's "Error Handling") and with 400 {@code invalid_request} on the OAuth
 * endpoints (RFC 6749 §5.2). The routes that take a body are read from each
 * service's OpenAPI document, so a new route is checked without anyone adding a test. The gateway's own refusals (401,
 * 403, 404, 405, 429) are checked route by route in the gateway's SurfaceContractTest.
 */
@EndToEnd
class SurfaceContractIT {

    private static final List<String> BODY_METHODS = List.of("POST", "PUT", "PATCH");

    private final SharedSuite suite;

    SurfaceContractIT(SharedSuite suite) {
        this.suite = suite;
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseAFieldTheRouteDoesNotKnowIn422NamingIt() {
        Tenant tenant = suite.newTenant("Contract");
        String operatorToken = suite.operatorToken();
        String tenantToken = tenant.token();
        Map<Service, JsonPath> documents = new EnumMap<>(Service.class);
        List<DynamicTest> tests = new ArrayList<>();
        for (PublicRoute route : PublicRoutes.all()) {
            if (route.surface() == ApiSurface.OAUTH) {
                continue;
            }
            JsonPath document = documents.computeIfAbsent(route.service(), SurfaceContractIT::documentOf);
            for (String method : route.methods()) {
                if (BODY_METHODS.contains(method) && takesJsonBody(document, route, method)) {
                    String token = "admin".equals(route.scopeFor(method).orElseThrow()) ? operatorToken : tenantToken;
                    tests.add(DynamicTest.dynamicTest(method + " " + route.path(), () -> fieldRefused(
                            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"no_such_field\":1}")
                                    .request(method, concrete(route)).then(), route.surface())));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no route takes a JSON body");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseAFieldOfTheWrongTypeOnTheOAuthEndpointsWithInvalidRequest() {
        Tenant tenant = suite.newTenant("OAuth contract");
        return PublicRoutes.all().stream().filter(route -> route.surface() == ApiSurface.OAUTH
                        && route.methods().contains("POST"))
                .map(route -> DynamicTest.dynamicTest("POST " + route.path(), () -> given()
                        .contentType(ContentType.JSON)
                        .body(Map.of("client_id", tenant.clientId(), "client_secret", tenant.clientSecret(),
                                "grant_type", "client_credentials", "token", 5, "scope", 5))
                        .when().post(route.path().toString())
                        .then().statusCode(400).header("Cache-Control", "no-store")
                        .body("error", equalTo("invalid_request"))
                        .body("error_description", notNullValue())));
    }

    private static void fieldRefused(ValidatableResponse response, ApiSurface surface) {
        Problem unknownField = new Problem(422, "x", "", "");
        response.statusCode(surface.status(unknownField)).header("X-Request-Id", notNullValue());
        if (surface.errorBody(unknownField).containsKey("status")) {
            response.body("status", equalTo(surface.status(unknownField))).body("message", notNullValue());
        } else {
            response.body("error.fields", hasKey("no_such_field")).body("request_id", notNullValue());
        }
    }

    private static JsonPath documentOf(Service service) {
        return given().accept(ContentType.JSON)
                .get("/openapi/" + service.name().toLowerCase(Locale.ROOT) + "-service")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Whether the document lists a JSON request body for the route's method; its path variables may be named otherwise. */
    private static boolean takesJsonBody(JsonPath document, PublicRoute route, String method) {
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        String shape = route.path().toString().replaceAll("\\{[^}]*}", "{}");
        return paths.entrySet().stream()
                .filter(path -> path.getKey().replaceAll("\\{[^}]*}", "{}").equals(shape))
                .map(path -> path.getValue().get(method.toLowerCase(Locale.ROOT)))
                .anyMatch(operation -> operation != null && operation.get("requestBody") instanceof Map<?, ?> body
                        && body.get("content") instanceof Map<?, ?> content && content.containsKey("application/json"));
    }

    private static String concrete(PublicRoute route) {
        return route.path().toString().replaceAll("\\{[^}]*}", "1");
    }
}
