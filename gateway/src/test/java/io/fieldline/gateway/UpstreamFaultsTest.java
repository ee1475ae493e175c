package io.fieldline.gateway;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A service that is down, failing or slow: the gateway answers at once in the surface's shape (503 with
 * {@code Retry-After}, or 504) instead of hanging, pauses requests to it while its circuit breaker is open, and serves
 * again by itself when the service is back. The test profile opens the breaker after 4 requests and tries again after
 * a second.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class UpstreamFaultsTest {

    private static final AtomicLong ACCOUNTS = new AtomicLong(80_000);

    @InjectTestTokens
    TestTokens tokens;

    /** A client of its own for each request, so that no rate limit answers in the service's place. */
    private String client(String scope) {
        return tokens.client(ACCOUNTS.incrementAndGet(), scope);
    }

    @AfterEach
    void serviceServesAgain() {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(client("users:read")).get("/v3/users/1").statusCode() == 200);
    }

    @Test
    void shouldAnswer503FastWhileAServiceIsDownAndServeAgainWhenItIsBack() {
        EchoUpstreamResource.stopServing();
        try {
            for (int request = 0; request < 10; request++) {
                given().auth().oauth2(client("users:read")).when().get("/v3/users/1")
                        .then().statusCode(503)
                        .time(lessThan(2000L))
                        .header("Retry-After", notNullValue())
                        .body("error.code", equalTo("service_unavailable"))
                        .body("request_id", notNullValue());
            }
            given().auth().oauth2(client("technicians:read")).when().get("/api/v1/technicians")
                    .then().statusCode(503).body("error.code", equalTo("service_unavailable"));
        } finally {
            EchoUpstreamResource.resumeServing();
        }
    }

    @Test
    void shouldAnswer504WhenAServiceIsTooSlow() {
        given().auth().oauth2(client("users:read")).when().get("/v3/users/slow")
                .then().statusCode(504)
                .time(lessThan(9000L))
                .body("error.code", equalTo("gateway_timeout"));
    }

    @Test
    void shouldSendAnIdempotentRequestOnceMoreWhenTheServiceDroppedIt() {
        EchoUpstreamResource.DROPPED.set(0);
        given().auth().oauth2(client("users:read")).when().get("/v3/users/drop")
                .then().statusCode(503).body("error.code", equalTo("service_unavailable"));
        assertEquals(2, EchoUpstreamResource.DROPPED.get());
    }

    @Test
    void shouldNeverSendAChangeTwice() {
        EchoUpstreamResource.DROPPED.set(0);
        given().auth().oauth2(client("users:write")).contentType("application/json").body("{}")
                .when().patch("/v3/users/drop")
                .then().statusCode(503);
        assertEquals(1, EchoUpstreamResource.DROPPED.get());
    }
}
