package io.fieldline.identity.token;

import io.fieldline.identity.client.SecretHasher;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Token revocation (RFC 7009), introspection (RFC 7662) and server metadata (RFC 8414). */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class RevocationAndIntrospectionTest {

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    SecretHasher hasher;

    @Test
    void shouldReportAnActiveAccessTokenWithItsFacts() {
        String accessToken = (String) OAuthClients.clientCredentialsToken().get("access_token");

        asClient().formParam("token", accessToken)
                .when().post("/v3/oauth/introspect")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("active", equalTo(true))
                .body("client_id", equalTo(OAuthClients.CLIENT_ID))
                .body("token_type", equalTo("Bearer"))
                .body("scope", notNullValue())
                .body("exp", greaterThan(0))
                .body("iat", greaterThan(0))
                .body("sub", equalTo(OAuthClients.CLIENT_ID))
                .body("iss", equalTo("https://fieldline.test"))
                .body("jti", notNullValue());
    }

    @Test
    void shouldReportAnActiveRefreshToken() {
        String refreshToken = (String) OAuthClients.clientCredentialsToken().get("refresh_token");

        asClient().formParam("token", refreshToken).formParam("token_type_hint", "refresh_token")
                .when().post("/v3/oauth/introspect")
                .then().statusCode(200)
                .body("active", equalTo(true))
                .body("token_type", equalTo("refresh_token"));
    }

    @Test
    void shouldReportAnUnknownTokenInactiveAndNothingElse() {
        asClient().formParam("token", "not-a-token")
                .when().post("/v3/oauth/introspect")
                .then().statusCode(200)
                .body("active", equalTo(false))
                .body("$", not(hasKey("scope")));
    }

    @Test
    void shouldReportAnotherAccountsTokenInactive() {
        String accessToken = (String) OAuthClients.clientCredentialsToken().get("access_token");
        String[] tenant = OAuthClients.clientOfAnotherAccount(database, hasher);

        given().auth().preemptive().basic(tenant[0], tenant[1]).contentType(ContentType.URLENC)
                .formParam("token", accessToken)
                .when().post("/v3/oauth/introspect")
                .then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void shouldRequireClientAuthenticationToIntrospect() {
        given().auth().preemptive().basic(OAuthClients.CLIENT_ID, "wrong").contentType(ContentType.URLENC)
                .formParam("token", "anything")
                .when().post("/v3/oauth/introspect")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void shouldRevokeAnAccessTokenAndAnnounceItToEveryVerifier() {
        String accessToken = (String) OAuthClients.clientCredentialsToken().get("access_token");
        String jti = asClient().formParam("token", accessToken).post("/v3/oauth/introspect").path("jti");

        try (TopicReader revocations = new TopicReader(kafka, "fieldline.identity.revocations")) {
            asClient().formParam("token", accessToken).formParam("token_type_hint", "access_token")
                    .when().post("/v3/oauth/revoke")
                    .then().statusCode(200);

            ConsumerRecord<String, String> event = revocations.awaitRecord(record -> jti.equals(record.key()),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.identity.token.revoked.v1"));
            assertThat(JsonPath.from(event.value()).getString("jti"), equalTo(jti));
        }
        asClient().formParam("token", accessToken)
                .when().post("/v3/oauth/introspect")
                .then().body("active", equalTo(false));
    }

    @Test
    void shouldRevokeARefreshTokenWithEveryTokenOfItsGrant() {
        String first = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        String second = (String) OAuthClients.token(Map.of("grant_type", "refresh_token", "refresh_token", first))
                .get("refresh_token");

        given().contentType(ContentType.JSON)
                .body(Map.of("token", second, "client_id", OAuthClients.CLIENT_ID, "client_secret", OAuthClients.CLIENT_SECRET))
                .when().post("/v3/oauth/revoke")
                .then().statusCode(200);

        given().contentType(ContentType.URLENC).formParams("grant_type", "refresh_token", "refresh_token", second)
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        asClient().formParam("token", second).when().post("/v3/oauth/introspect").then().body("active", equalTo(false));
    }

    @Test
    void shouldTakeRevokingAnUnknownTokenAsDone() {
        asClient().formParam("token", "never-issued")
                .when().post("/v3/oauth/revoke")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseRevokingAnotherClientsToken() {
        String refreshToken = (String) OAuthClients.clientCredentialsToken().get("refresh_token");
        String[] tenant = OAuthClients.clientOfAnotherAccount(database, hasher);

        given().auth().preemptive().basic(tenant[0], tenant[1]).contentType(ContentType.URLENC)
                .formParam("token", refreshToken)
                .when().post("/v3/oauth/revoke")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.URLENC).formParams("grant_type", "refresh_token", "refresh_token", refreshToken)
                .when().post("/v3/oauth/token")
                .then().statusCode(200);
    }

    @Test
    void shouldPublishServerMetadata() {
        given().when().get("/.well-known/oauth-authorization-server")
                .then().statusCode(200)
                .body("issuer", equalTo("https://fieldline.test"))
                .body("token_endpoint", equalTo("https://fieldline.test/v3/oauth/token"))
                .body("jwks_uri", equalTo("https://fieldline.test/.well-known/jwks.json"))
                .body("revocation_endpoint", equalTo("https://fieldline.test/v3/oauth/revoke"))
                .body("introspection_endpoint", equalTo("https://fieldline.test/v3/oauth/introspect"));
    }

    private static RequestSpecification asClient() {
        return given().auth().preemptive().basic(OAuthClients.CLIENT_ID, OAuthClients.CLIENT_SECRET)
                .contentType(ContentType.URLENC);
    }
}
