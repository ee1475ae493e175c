package io.fieldline.gateway;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/**
 * What the services learn of a request's way in: hop-by-hop headers, and those {@code Connection} names, stop at the
 * gateway (RFC 9110 §7.6.1); {@code X-Forwarded-*} from a client is replaced, from a trusted proxy (the test profile
 * trusts 127.0.0.8) extended; {@code Forwarded} never passes.
 */
@QuarkusTest
@WithTestResource(EmbeddedInfrastructureResource.class)
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(TestTokensResource.class)
@WithTestResource(EmbeddedRedisResource.class)
class ForwardedHeadersTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldDropHopByHopHeadersAndThoseConnectionNames() {
        given().auth().oauth2(tokens.client(2, "users:read"))
                .header("Connection", "keep-alive, X-Session-Secret").header("X-Session-Secret", "s3cr3t")
                .header("Keep-Alive", "timeout=5").header("Proxy-Authorization", "Basic eDp5").header("TE", "trailers")
                .header("X-Kept", "yes")
                .when().get("/v3/users/1")
                .then().statusCode(200)
                .body("headers", not(hasKey("x-session-secret")))
                .body("headers", not(hasKey("keep-alive")))
                .body("headers", not(hasKey("proxy-authorization")))
                .body("headers", not(hasKey("te")))
                .body("headers.x-kept", equalTo("yes"));
    }

    @Test
    void shouldReplaceForwardingHeadersAClientMadeUp() {
        given().auth().oauth2(tokens.client(2, "users:read"))
                .header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("Forwarded", "for=203.0.113.7;host=evil.example")
                .when().get("/v3/users/1")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-host", not(equalTo("evil.example")))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers", not(hasKey("forwarded")));
    }

    @Test
    void shouldExtendTheForwardingHeadersOfATrustedProxy() {
        given().config(SourceAddress.from("127.0.0.8")).auth().oauth2(tokens.client(2, "users:read"))
                .header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Host", "api.example.com")
                .header("X-Forwarded-Proto", "https")
                .when().get("/v3/users/1")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("203.0.113.7, 127.0.0.8"))
                .body("headers.x-forwarded-host", equalTo("api.example.com"))
                .body("headers.x-forwarded-proto", equalTo("https"));
    }

    @Test
    void shouldCountRequestsThroughATrustedProxyPerClientNotPerProxy() {
        for (String client : new String[] {"198.51.100.1", "198.51.100.2"}) {
            given().config(SourceAddress.from("127.0.0.8")).header("X-Forwarded-For", client)
                    .contentType("application/json").body("{\"grant_type\":\"client_credentials\"}")
                    .when().post("/v3/oauth/token")
                    .then().statusCode(200).header("RateLimit", containsString("\"address\";r=29;"));
        }
    }
}
