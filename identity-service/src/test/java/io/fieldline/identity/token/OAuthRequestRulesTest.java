package io.fieldline.identity.token;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every OAuth request must be (RFC 6749 §2.3.1, §3.2, §5.2): a Basic credential that decodes, each parameter at
 * most once, text that can be stored as sent, a body within bounds. Each refusal is an RFC 6749 error that is never
 * cached, and a 500 never.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class OAuthRequestRulesTest {

    private static final String CLIENT_ID = OAuthClients.CLIENT_ID;
    private static final String CLIENT_SECRET = OAuthClients.CLIENT_SECRET;

    @ParameterizedTest
    @ValueSource(strings = {"/v3/oauth/token", "/v3/oauth/revoke", "/v3/oauth/introspect"})
    void shouldFailClientAuthenticationForABasicCredentialWithABadPercentEscape(String endpoint) {
        String basic = Base64.getEncoder().encodeToString("x:abc%zz".getBytes(StandardCharsets.UTF_8));
        assertChallengedAsInvalidClient(given().header("Authorization", "Basic " + basic)
                .contentType(ContentType.URLENC).body("grant_type=client_credentials&token=t"), endpoint);
    }

    @ParameterizedTest
    @CsvSource({
            "/v3/oauth/revoke, token=t", "/v3/oauth/introspect, token=t",
            "/v3/oauth/revoke, token=t&client_id=" + CLIENT_ID, "/v3/oauth/introspect, token=t&client_id=" + CLIENT_ID,
            "/v3/oauth/token, grant_type=client_credentials",
            "/v3/oauth/token, grant_type=client_credentials&client_id=" + CLIENT_ID})
    void shouldChallengeARequestWithoutClientAuthenticationAsAnInvalidClient(String endpoint, String form) {
        assertChallengedAsInvalidClient(given().contentType(ContentType.URLENC).body(form), endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/oauth/revoke", "/v3/oauth/introspect"})
    void shouldChallengeAJsonRequestWithoutClientAuthenticationAsAnInvalidClient(String endpoint) {
        assertChallengedAsInvalidClient(given().contentType(ContentType.JSON).body("{\"token\":\"t\"}"), endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/oauth/token", "/v3/oauth/revoke", "/v3/oauth/introspect"})
    void shouldRefuseASecondAuthorizationHeader(String endpoint) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", basic).header("Authorization", "Basic eDp5")
                .contentType(ContentType.URLENC).body("grant_type=client_credentials&token=t")
                .when().post(endpoint)
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", containsString("Authorization"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/oauth/revoke", "/v3/oauth/introspect"})
    void shouldRefuseABodyTypeItCannotReadInItsOwnWords(String endpoint) {
        given().contentType("text/plain").body("token=t")
                .when().post(endpoint)
                .then().statusCode(415)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("Content-Type text/plain is not supported; "
                        + "send application/x-www-form-urlencoded or application/json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grant_type=client_credentials&grant_type=password", "scope=users:read&scope=admin"})
    void shouldRefuseAParameterGivenTwice(String repeated) {
        String name = repeated.substring(0, repeated.indexOf('='));
        given().contentType(ContentType.URLENC)
                .body(repeated + (name.equals("scope") ? "&grant_type=client_credentials" : "")
                        + "&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET)
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo(name + " is given more than once"));
    }

    @Test
    void shouldRefuseARevocationWithTheTokenGivenTwice() {
        given().auth().preemptive().basic(CLIENT_ID, CLIENT_SECRET)
                .contentType(ContentType.URLENC).body("token=a&token=b")
                .when().post("/v3/oauth/revoke")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", equalTo("token is given more than once"));
    }

    @Test
    void shouldRefuseAJsonTokenRequestWithADuplicateKey() {
        given().contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\""
                        + CLIENT_SECRET + "\",\"grant_type\":\"password\"}")
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", containsString("grant_type"));
    }

    @Test
    void shouldRefuseAJsonTokenRequestWithAValueOfTheWrongType() {
        given().contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\""
                        + CLIENT_SECRET + "\",\"scope\":7}")
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", containsString("scope must be a string"));
    }

    @Test
    void shouldIgnoreAnUnknownTokenRequestParameterAsRfc6749Asks() {
        given().contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\""
                        + CLIENT_SECRET + "\",\"audience\":\"elsewhere\"}")
                .when().post("/v3/oauth/token")
                .then().statusCode(200);
    }

    @Test
    void shouldFailClientAuthenticationForAClientIdWithANulCharacter() {
        given().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&client_id=x%00y&client_secret=" + CLIENT_SECRET)
                .when().post("/v3/oauth/token")
                .then().statusCode(401)
                .body("error", equalTo("invalid_client"));
        given().contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\",\"client_id\":\"x\\u0000y\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")
                .when().post("/v3/oauth/token")
                .then().statusCode(401)
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void shouldRefuseAUsernameWithANulCharacterNamingIt() {
        given().contentType(ContentType.URLENC)
                .body("grant_type=password&username=a%00b@example.com&password=whatever-it-is&client_id=" + CLIENT_ID
                        + "&client_secret=" + CLIENT_SECRET)
                .when().post("/v3/oauth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_request"))
                .body("error_description", startsWith("username must not contain"));
    }

    @Test
    void shouldAnswerAnOversizedTokenRequestWithAnOAuthError() {
        given().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&scope=" + "a".repeat(20 * 1024))
                .when().post("/v3/oauth/token")
                .then().statusCode(413)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"))
                .body("error_description", startsWith("Request body exceeds"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/oauth/token", "/v3/oauth/revoke", "/v3/oauth/introspect"})
    void shouldRefuseAFormThatDoesNotDecodeAsMalformed(String endpoint) {
        given().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&client_id=%zz&token=%zz")
                .when().post(endpoint)
                .then().statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void shouldTakeAFormFieldLongerThanTwoKilobytes() {
        given().contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                        + "&scope=" + "users:read+".repeat(400) + "users:read")
                .when().post("/v3/oauth/token")
                .then().statusCode(200);
    }

    /** RFC 6749 §5.2: a client that failed to authenticate gets 401 invalid_client, challenged with Basic, never cached. */
    private static void assertChallengedAsInvalidClient(RequestSpecification request, String endpoint) {
        request.when().post(endpoint)
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_client"));
    }
}
