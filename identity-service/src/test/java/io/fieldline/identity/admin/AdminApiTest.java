package io.fieldline.identity.admin;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The operators' admin API: accounts, clients and key rotation, for genuine tokens with the admin scope only; a token
 * tampered with in any way is refused.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class AdminApiTest {

    @Test
    void shouldCreateAnAccountWithAClientThatGetsTokens() {
        String admin = token("admin");
        int account = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "Acme Warranty"))
                .when().post("/admin/accounts")
                .then().statusCode(201)
                .body("account.id", greaterThan(0))
                .body("account.name", equalTo("Acme Warranty"))
                .extract().path("account.id");

        Map<String, Object> client = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("scopes", List.of("technicians:read", "users:read")))
                .when().post("/admin/accounts/{id}/clients", account)
                .then().statusCode(201)
                .body("client.client_id", notNullValue())
                .body("client.account_id", equalTo(account))
                .body("client.grant_types", equalTo(List.of("client_credentials", "refresh_token")))
                .extract().path("client");

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", client.get("client_id"),
                        "client_secret", client.get("client_secret")))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("scope", equalTo("technicians:read users:read"));
    }

    @Test
    void shouldNameEveryProblemWithANewClient() {
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON)
                .body(Map.of("scopes", List.of("everything"), "grant_types", List.of("implicit"), "client_secret", "short"))
                .when().post("/admin/accounts/{id}/clients", 1)
                .then().statusCode(422)
                .body("error.fields.'scopes[0]'[0]", startsWith("has unknown scope \"everything\": valid scopes are \""))
                .body("error.fields.'grant_types[0]'[0]", equalTo("has unknown grant type \"implicit\": valid grant types are "
                        + "\"client_credentials\", \"password\" and \"refresh_token\""))
                .body("error.fields.client_secret[0]", equalTo("must be at least 32 characters"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownAccount() {
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("scopes", List.of("users:read")))
                .when().post("/admin/accounts/{id}/clients", 999_999)
                .then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"GET | /admin/accounts/%201 | {}", "GET | /admin/accounts/1%20 | {}",
            "PATCH | /admin/accounts/%201 | {\"name\": \"Renamed\"}", "GET | /admin/accounts/1%20/clients | {}",
            "POST | /admin/accounts/%201/clients | {\"scopes\": [\"users:read\"]}",
            "DELETE | /admin/integration-keys/%201 | {}", "GET | /admin/clients/%20" + Operators.BOOTSTRAP_CLIENT_ID + " | {}"})
    void shouldAnswerNotFoundForAnIdWithSurroundingSpaces(String method, String path, String body) {
        given().auth().oauth2(token("admin")).urlEncodingEnabled(false).contentType(ContentType.JSON).body(body)
                .when().request(method, path)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void shouldRotateTheSigningKeyOnDemand() {
        given().auth().oauth2(token("admin"))
                .when().post("/admin/keys/rotate")
                .then().statusCode(200)
                .body("key.kid", notNullValue())
                .body("key.algorithm", equalTo("ES256"))
                .body("key.activates_at", notNullValue());
    }

    @Test
    void shouldRefuseTokensWithoutTheAdminScope() {
        given().auth().oauth2(token("users:write")).contentType(ContentType.JSON).body(Map.of("name", "X"))
                .when().post("/admin/accounts")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
        given().contentType(ContentType.JSON).body(Map.of("name", "X"))
                .when().post("/admin/accounts")
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseEveryTamperedAdminToken() throws Exception {
        String genuine = token("users:read");
        String[] parts = genuine.split("\\.");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String widened = base64.encodeToString(claims.replace("\"scope\":\"users:read\"", "\"scope\":\"admin\"")
                .getBytes(StandardCharsets.UTF_8));
        String unsigned = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));

        for (String forged : List.of(
                parts[0] + "." + widened + "." + parts[2],
                unsigned + "." + widened + ".",
                parts[0] + "." + widened + ".",
                signedByAnotherKey(claims.replace("\"scope\":\"users:read\"", "\"scope\":\"admin\""),
                        JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8))
                                .get("kid").toString()))) {
            given().auth().oauth2(forged).when().get("/admin/accounts").then().statusCode(401);
        }
    }

    /** The claims signed as identity-service signs, under its key id, but with a key of the forger's own. */
    private static String signedByAnotherKey(String claims, String kid) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims);
        jws.setAlgorithmHeaderValue("ES256");
        jws.setKeyIdHeaderValue(kid);
        jws.setHeader("typ", "at+jwt");
        jws.setKey(generator.generateKeyPair().getPrivate());
        return jws.getCompactSerialization();
    }

    private static String token(String scope) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", "test-job-source",
                        "client_secret", "test-job-source-secret-0123456789abcdef", "scope", scope))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
