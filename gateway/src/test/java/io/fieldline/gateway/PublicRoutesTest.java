package io.fieldline.gateway;

import io.fieldline.testkit.ManagementPort;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicWriter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The gateway routes public paths to their service, checking tokens and scopes on the way in. */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class PublicRoutesTest {

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldForwardTokenRequestsWithoutAToken() {
        given().contentType(ContentType.JSON).body("{\"grant_type\":\"client_credentials\"}")
                .when().post("/v3/oauth/token")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("path", equalTo("/v3/oauth/token"))
                .body("body", equalTo("{\"grant_type\":\"client_credentials\"}"));
    }

    @Test
    void shouldForwardTheOAuthEndpointsAndDiscoveryDocumentsWithoutAToken() {
        given().contentType(ContentType.URLENC).formParam("token", "t")
                .when().post("/v3/oauth/revoke").then().statusCode(200).body("path", equalTo("/v3/oauth/revoke"));
        given().contentType(ContentType.URLENC).formParam("token", "t")
                .when().post("/v3/oauth/introspect").then().statusCode(200).body("path", equalTo("/v3/oauth/introspect"));
        given().when().get("/.well-known/oauth-authorization-server")
                .then().statusCode(200).body("path", equalTo("/.well-known/oauth-authorization-server"));
        given().when().get("/.well-known/jwks.json").then().statusCode(200).body("path", equalTo("/.well-known/jwks.json"));
    }

    @Test
    void shouldForwardAnAuthorizedRequestWithItsQueryTokenAndRequestId() {
        String token = tokens.client(1, "technicians:read");
        given().auth().oauth2(token).queryParam("page", 2).queryParam("status", "Active")
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f]{32}"))
                .body("path", equalTo("/api/v1/technicians"))
                .body("query", equalTo("page=2&status=Active"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-request-id", matchesPattern("[0-9a-f]{32}"))
                .body("headers.x-forwarded-for", notNullValue());
    }

    @Test
    void shouldRefuseTwoCredentialsOrOneGivenTwice() {
        given().auth().oauth2(tokens.client(1, "technicians:read")).header("X-Auth-Token", "flk_another-account")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.message", equalTo("Send one credential: Authorization or X-Auth-Token, not both"));
        given().header("X-Auth-Token", "flk_one").header("X-Auth-Token", "flk_two")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.message", equalTo("The X-Auth-Token header is given more than once"));
    }

    @Test
    void shouldKeepAValidRequestIdAndReplaceAnInvalidOne() {
        String token = tokens.client(1, "technicians:read");
        given().auth().oauth2(token).header("X-Request-Id", "a1b2c3d4e5f6")
                .when().get("/api/v1/technicians")
                .then().header("X-Request-Id", "a1b2c3d4e5f6").body("headers.x-request-id", equalTo("a1b2c3d4e5f6"));
        given().auth().oauth2(token).header("X-Request-Id", "forged\tline")
                .when().get("/api/v1/technicians")
                .then().header("X-Request-Id", not(equalTo("forged\tline")));
    }

    @Test
    void shouldAnswerUnauthorizedWithoutATokenInTheTechniciansErrorShape() {
        given().when().get("/api/v1/technicians")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"fieldline\""))
                .body("error.code", equalTo("unauthorized"))
                .body("error.message", notNullValue())
                .body("request_id", notNullValue());
    }

    @Test
    void shouldRefuseEveryForgedToken() {
        for (String forged : tokens.forgeries(1, "technicians:read")) {
            given().auth().oauth2(forged)
                    .when().get("/api/v1/technicians")
                    .then().statusCode(401).body("error.code", equalTo("unauthorized"));
        }
    }

    @Test
    void shouldRefuseAUsersTokensWithinSecondsOfTheUsersRevocation() {
        String token = tokens.user(5, 42, 10, List.of("technician"), "technicians:read");
        given().auth().oauth2(token).when().get("/api/v1/technicians").then().statusCode(200);

        try (TopicWriter identity = new TopicWriter(kafka)) {
            identity.send("fieldline.identity.revocations", "fieldline.identity.subject.revoked.v1", "42",
                    "{\"kind\":\"subject\",\"account_id\":5,\"subject\":\"42\",\"issued_before\":\"%s\",\"expires_at\":\"2099-01-01T00:00:00Z\"}"
                            .formatted(Instant.now().plusSeconds(1)));
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().auth().oauth2(token).when().get("/api/v1/technicians").statusCode() == 401);
        given().auth().oauth2(tokens.user(5, 43, 10, List.of("technician"), "technicians:read"))
                .when().get("/api/v1/technicians").then().statusCode(200);
    }

    @Test
    void shouldRefuseEveryTokenIssuedThroughARevokedClient() {
        String clientToken = tokens.client(6, "technicians:read");
        String usersToken = tokens.user(6, 44, 10, List.of("dispatcher"), "technicians:read");
        given().auth().oauth2(clientToken).when().get("/api/v1/technicians").then().statusCode(200);

        try (TopicWriter identity = new TopicWriter(kafka)) {
            identity.send("fieldline.identity.revocations", "fieldline.identity.client.revoked.v1", "client-6",
                    "{\"kind\":\"client\",\"account_id\":6,\"client_id\":\"client-6\",\"issued_before\":\"%s\",\"expires_at\":\"2099-01-01T00:00:00Z\"}"
                            .formatted(Instant.now().plusSeconds(1)));
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().auth().oauth2(clientToken).when().get("/api/v1/technicians").statusCode() == 401);
        given().auth().oauth2(usersToken).when().get("/api/v1/technicians").then().statusCode(401);
        given().auth().oauth2(tokens.client(7, "technicians:read")).when().get("/api/v1/technicians").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnUnknownIntegrationKeyInEitherHeader() {
        given().header("Authorization", "INTEGRATION-KEY flk_unknown")
                .when().get("/api/v1/technicians")
                .then().statusCode(401)
                .body("error.code", equalTo("unauthorized"))
                .body("error.message", equalTo("Invalid integration key"));
        given().header("X-Auth-Token", "flk_unknown-too")
                .when().get("/api/v1/technicians")
                .then().statusCode(401)
                .body("error.message", equalTo("Invalid integration key"));
    }

    @Test
    void shouldAnswerAnUnknownIntegrationKeyOnTheManagementApiAsItsSeedShows() {
        given().header("Authorization", "INTEGRATION-KEY flk_unknown").contentType("application/json").body("{}")
                .when().post("/tech")
                .then().statusCode(403)
                .body("status", equalTo(403))
                .body("message", equalTo("Invalid integration key"));
    }

    @Test
    void shouldAnswerForbiddenWhenTheTokenLacksTheRoutesScope() {
        given().auth().oauth2(tokens.client(1, "users:read"))
                .when().get("/api/v1/technicians")
                .then().statusCode(403)
                .header("WWW-Authenticate", "Bearer realm=\"fieldline\", error=\"insufficient_scope\"")
                .body("error.code", equalTo("insufficient_scope"));
    }

    @Test
    void shouldNeedTheWriteScopeToCreateUsers() {
        given().auth().oauth2(tokens.client(1, "users:read")).contentType(ContentType.JSON).body("{}")
                .when().post("/v3/users")
                .then().statusCode(403);
        given().auth().oauth2(tokens.client(1, "users:write")).contentType(ContentType.JSON).body("{}")
                .when().post("/v3/users")
                .then().statusCode(200).body("method", equalTo("POST")).body("path", equalTo("/v3/users"));
    }

    @Test
    void shouldAnswerMethodNotAllowedOnTheReadOnlyTechniciansApi() {
        given().auth().oauth2(tokens.client(1, "technicians:read"))
                .when().post("/api/v1/technicians")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .body("error.code", equalTo("method_not_allowed"));
    }

    @Test
    void shouldListTheMethodsOfTheResourceItselfInAMethodNotAllowed() {
        given().auth().oauth2(tokens.client(1, "users:write")).contentType(ContentType.JSON).body("{}")
                .when().put("/v3/users/1")
                .then().statusCode(405)
                .header("Allow", "DELETE, GET, HEAD, PATCH")
                .body("error.code", equalTo("method_not_allowed"));
        given().auth().oauth2(tokens.client(1, "users:read"))
                .when().get("/v3/users/1/restore")
                .then().statusCode(405)
                .header("Allow", "POST");
    }

    @Test
    void shouldServeHeadWhereverGetIsServedWithTheScopeOfGet() {
        given().auth().oauth2(tokens.client(1, "users:read"))
                .when().head("/v3/users/1")
                .then().statusCode(200);
        given().auth().oauth2(tokens.client(1, "users:write"))
                .when().head("/v3/users/1")
                .then().statusCode(403);
    }

    @Test
    void shouldAnswerEachSurfaceInItsOwnErrorShape() {
        given().when().get("/tech/nobody@example.com/unknown")
                .then().statusCode(404)
                .body("status", equalTo(404))
                .body("message", startsWith("No such resource"))
                .body("$", not(hasKey("error")));
        given().when().get("/10/api/user/1234/unknown")
                .then().statusCode(404)
                .body("error.code", equalTo("not_found"))
                .body("request_id", notNullValue());
        given().when().get("/v3/oauth/unknown")
                .then().statusCode(404)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void shouldAnswerTheTokenEndpointsErrorsAsRfc6749Does() {
        given().when().get("/v3/oauth/token")
                .then().statusCode(405)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", notNullValue());
    }

    @Test
    void shouldForwardAFormThatDoesNotDecodeAsItCameForTheServiceToRefuse() {
        given().contentType(ContentType.URLENC).body("grant_type=client_credentials&client_id=%zz")
                .when().post("/v3/oauth/token")
                .then().statusCode(200)
                .body("body", equalTo("grant_type=client_credentials&client_id=%zz"));
    }

    @Test
    void shouldForwardAFormWithAFieldLongerThanTwoKilobytes() {
        given().contentType(ContentType.URLENC).body("grant_type=client_credentials&scope=" + "a".repeat(20 * 1024))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("path", equalTo("/v3/oauth/token"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPath() {
        given().when().get("/v3/nothing-here")
                .then().statusCode(404)
                .body("error.code", equalTo("not_found"))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldBeReadyOnTheManagementPortWhenEveryServiceIsReady() {
        given().port(ManagementPort.get()).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.'technician-service'", equalTo("ready"));
    }

    @Test
    void shouldStayReadyNamingAServiceThatIsDownSoThatItsOtherRoutesKeepBeingServed() {
        EchoUpstreamResource.stopServing();
        try {
            given().port(ManagementPort.get()).when().get("/q/health/ready")
                    .then().statusCode(200)
                    .body("checks.find { it.name == 'services' }.data.'job-service'", equalTo("not ready"));
        } finally {
            EchoUpstreamResource.resumeServing();
        }
    }

    @Test
    void shouldKeepHealthMetricsAndDocumentsOffTheApiPort() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
            given().when().get(path).then().statusCode(404).body("error.code", equalTo("not_found"));
        }
        given().port(ManagementPort.get()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void shouldServeTheOneApiDocumentOfThePublicApiOnThePublicPort() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Fieldline public API"))
                .body("components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl", equalTo("/v3/oauth/token"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void shouldLetABrowserOfAConfiguredOriginCallAndReadTheLimits() {
        given().header("Origin", "https://dispatch.example.com").header("Access-Control-Request-Method", "POST")
                .when().options("/v3/jobs")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://dispatch.example.com"));
        given().header("Origin", "https://dispatch.example.com").when().get("/v3/jobs")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", equalTo("https://dispatch.example.com"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit"));
        given().header("Origin", "https://elsewhere.example.com").header("Access-Control-Request-Method", "POST")
                .when().options("/v3/jobs")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldCountAndTimeEveryRequestByItsRouteNotItsRawPath() {
        given().when().get("/v3/users/424242").then().statusCode(401);
        given().port(ManagementPort.get()).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("fieldline_gateway_requests_seconds_count{method=\"GET\",route=\"/v3/users/{id}\","
                        + "status=\"401\"}"))
                .body(containsString("fieldline_gateway_requests_seconds_bucket{method=\"GET\",route=\"/v3/users/{id}\","))
                .body(not(containsString("424242")));
    }
}
