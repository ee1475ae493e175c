package io.fieldline.identity.token;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class ClientCredentialsGrantTest {

    private static final String CLIENT_ID = OAuthClients.CLIENT_ID;
    private static final String CLIENT_SECRET = OAuthClients.CLIENT_SECRET;

    @Test
    void shouldIssueTheDocumentedTokenResponseForAJsonRequest() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("access_token", notNullValue())
                .body("token_type", equalTo("bearer"))
                .body("created_at", greaterThan(1_700_000_000))
                .body("expires_in", equalTo(10800))
                .body("refresh_token", notNullValue())
                .body("scope", allOf(notNullValue(), not(equalTo(""))));
    }

    @Test
    void shouldAcceptAFormEncodedRequestAsRfc6749Describes() {
        given().contentType(ContentType.URLENC)
                .formParams("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET)
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("token_type", equalTo("bearer"));
    }

    @Test
    void shouldAuthenticateTheClientWithHttpBasic() {
        given().auth().preemptive().basic(CLIENT_ID, CLIENT_SECRET)
                .contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void shouldSignAnAccessTokenThatTheJwksVerifiesWithTheDocumentedClaims() throws Exception {
        String token = (String) OAuthClients.token(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET, "scope", "technicians:read users:read")).get("access_token");
        String jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setExpectedIssuer("https://fieldline.test")
                .setExpectedAudience("fieldline")
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                .build();
        JwtClaims claims = consumer.processToClaims(token);
        assertThat(claims.getSubject(), equalTo(CLIENT_ID));
        assertThat(claims.getStringClaimValue("client_id"), equalTo(CLIENT_ID));
        assertThat(claims.getStringClaimValue("scope"), equalTo("technicians:read users:read"));
        assertThat(claims.getClaimValue("acct", Long.class), greaterThan(0L));
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue(), equalTo(10800L));
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        assertThat(header, allOf(containsString("\"typ\":\"at+jwt\""), containsString("\"alg\":\"ES256\""),
                containsString("\"kid\"")));
    }

    @Test
    void shouldRefuseAWrongSecretAsAnInvalidClient() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", "wrong"))
                .when().post("/v3/oauth/token")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"fieldline\"")
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_client"))
                .body("$", not(hasKey("access_token")));
    }

    @Test
    void shouldRefuseAnUnknownClientLikeAWrongSecret() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", "nobody", "client_secret", CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void shouldRefuseAnUnsupportedGrantType() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "urn:example:magic", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void shouldRequireAGrantType() {
        given().contentType(ContentType.JSON)
                .body(Map.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("grant_type is required"));
    }

    @Test
    void shouldAnswerMalformedJsonWithInvalidRequest() {
        given().contentType(ContentType.JSON).body("{\"grant_type\": ")
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_request"));
    }

    @Test
    void shouldRefuseAScopeBeyondTheClientsGrant() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                        "scope", "technicians:read admin:everything"))
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_scope"))
                .body("error_description", equalTo("Scope 'admin:everything' is not granted to this client"));
    }
}
