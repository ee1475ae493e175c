package io.fieldline.gateway;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * A path reaches the route it spells, or none: dot segments, encoded slashes and backslashes, empty segments, trailing
 * slashes and matrix parameters are refused before any route (never resolved onto another resource, nor onto the
 * gateway's own probes), and a path no route knows is a JSON 404, not the framework's HTML page.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class PathHandlingTest {

    @InjectTestTokens
    TestTokens tokens;

    @TestHTTPResource("/")
    URI root;

    private String gateway;

    @BeforeEach
    void gatewayAddress() {
        gateway = root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldForwardAPlainPathAsItIs() {
        given().auth().oauth2(tokens.client(1, "users:read")).when().get("/v3/users/1")
                .then().statusCode(200).body("path", equalTo("/v3/users/1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/v3/users/../../q/metrics", "/v3/users/%2e%2e/%2E%2E/q/health", "/v3/users/./1", "/v3/users/%2e/1",
            "/v3/users/1/..", "/v3/users/1%2Frestore", "/v3/users/1%2frestore", "/v3/users/1%5Crestore",
            "//v3/users/1", "/v3//users/1", "/v3/users/1/", "/v3/users/1;jsessionid=abc", "/v3/users;x=1/1",
            "/v3/users/%2e%2e/%2e%2e/admin/accounts"})
    void shouldRefuseAPathThatCouldNameAnotherResource(String path) throws Exception {
        // java.net.http sends the path exactly as written; rest-assured would merge the slashes
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + tokens.client(1, "users:read", "admin")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("not_found", new JsonObject(response.body()).getJsonObject("error").getString("code"));
        assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
    }

    @Test
    void shouldAnswerAPathNoRouteKnowsInJson() {
        given().when().get("/foo/bar")
                .then().statusCode(404).contentType("application/json")
                .body("error.code", equalTo("not_found"));
        given().when().get("/tech/no/such/thing")
                .then().statusCode(404).contentType("application/json")
                .body("status", equalTo(404)).body("message", notNullValue());
    }
}
