package io.fieldline.gateway;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The seed's rate limits (technicians API, "Rate limits": list 60 and get 120 requests a minute), counted per client
 * and route, and the token endpoint's, counted per client id and per source address; each answer tells the client its
 * quota (draft-ietf-httpapi-ratelimit-headers-10) and a 429 when to come back (RFC 9110 §10.2.3). The test profile
 * sets {@code oauth-client} to 20 and {@code address} to 30 a minute; the counters live in Redis, as with replicas.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class RateLimitTest {

    private static final AtomicLong ACCOUNTS = new AtomicLong(70_000);

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldLetAClientListTechnicians60TimesAMinuteThenAnswer429RateLimitExceeded() {
        String token = newClient();
        for (int request = 1; request <= 60; request++) {
            given().auth().oauth2(token).when().get("/api/v1/technicians")
                    .then().statusCode(200)
                    .header("RateLimit-Policy", containsString("\"technicians-list\";q=60;w=60"))
                    .header("RateLimit", containsString("\"technicians-list\";r=" + (60 - request) + ";t="));
        }
        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(429)
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .header("RateLimit", containsString("\"technicians-list\";r=0;t="))
                .body("error.code", equalTo("rate_limit_exceeded"))
                .body("error.message", equalTo("Too many requests"))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldLetAClientGetTechnicians120TimesAMinuteApartFromItsListQuota() {
        String token = newClient();
        for (int request = 1; request <= 120; request++) {
            given().auth().oauth2(token).queryParam("id", request).when().get("/api/v1/technicians")
                    .then().statusCode(200)
                    .header("RateLimit-Policy", containsString("\"technicians-get\";q=120;w=60"));
        }
        given().auth().oauth2(token).queryParam("id", 1).when().get("/api/v1/technicians")
                .then().statusCode(429).body("error.code", equalTo("rate_limit_exceeded"));
        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(200).header("RateLimit", containsString("\"technicians-list\";r=59;"));
    }

    @Test
    void shouldNotCountARequestTheRouteRefusesAgainstTheClientsOverallQuota() {
        String token = newClient();
        for (int request = 0; request < 60; request++) {
            given().auth().oauth2(token).get("/api/v1/technicians").then().statusCode(200);
        }
        for (int refused = 0; refused < 5; refused++) {
            given().auth().oauth2(token).get("/api/v1/technicians").then().statusCode(429)
                    .header("RateLimit", containsString("\"client\";r=5940;"));
        }
        given().auth().oauth2(token).queryParam("id", 1).when().get("/api/v1/technicians")
                .then().statusCode(200).header("RateLimit", containsString("\"client\";r=5939;"));
    }

    @Test
    void shouldCountEachClientApart() {
        String exhausted = newClient();
        for (int request = 0; request < 60; request++) {
            given().auth().oauth2(exhausted).get("/api/v1/technicians").then().statusCode(200);
        }
        given().auth().oauth2(exhausted).get("/api/v1/technicians").then().statusCode(429);
        given().auth().oauth2(newClient()).get("/api/v1/technicians").then().statusCode(200);
    }

    @Test
    void shouldSlowGuessesAtOneClientsSecretBeforeIdentityServiceSeesThem() {
        RestAssuredConfig address = SourceAddress.from("127.0.0.2");
        for (int guess = 0; guess < 20; guess++) {
            given().config(address).auth().preemptive().basic("guessed-client", "guess-" + guess)
                    .formParam("grant_type", "client_credentials")
                    .when().post("/v3/oauth/token").then().statusCode(200);
        }
        given().config(address).formParam("grant_type", "client_credentials").formParam("client_id", "guessed-client")
                .formParam("client_secret", "one-more")
                .when().post("/v3/oauth/token")
                .then().statusCode(429)
                .header("Retry-After", notNullValue())
                .header("Cache-Control", "no-store")
                .header("RateLimit", containsString("\"oauth-client\";r=0;"))
                .body("error", equalTo("temporarily_unavailable"))
                .body("error_description", equalTo("Too many requests"));
        given().config(address).auth().preemptive().basic("another-client", "secret")
                .formParam("grant_type", "client_credentials")
                .when().post("/v3/oauth/token").then().statusCode(200);
    }

    @Test
    void shouldLimitTheTokenEndpointPerSourceAddressWhateverClientIdsItClaims() {
        RestAssuredConfig address = SourceAddress.from("127.0.0.3");
        for (int request = 0; request < 30; request++) {
            given().config(address).contentType("application/json")
                    .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"client-" + request + "\"}")
                    .when().post("/v3/oauth/token").then().statusCode(200)
                    .header("RateLimit-Policy", containsString("\"address\";q=30;w=60"));
        }
        given().config(address).contentType("application/json")
                .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"client-new\"}")
                .when().post("/v3/oauth/token").then().statusCode(429);
        given().config(SourceAddress.from("127.0.0.4")).contentType("application/json")
                .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"client-new\"}")
                .when().post("/v3/oauth/token").then().statusCode(200);
    }

    private String newClient() {
        return tokens.client(ACCOUNTS.incrementAndGet(), "technicians:read");
    }
}
