package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Tokens and the gateway's checks of them, as a job source written from the API documents meets them. */
@EndToEnd
class TokensIT {

    private final SharedSuite suite;
    private Tenant tenant;

    TokensIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void newTenant() {
        tenant = suite.newTenant("Tokens");
    }

    @Test
    void theGatewayIsReadyAndNamesEveryServiceReady() {
        given().baseUri(suite.settings().gatewayManagementUrl()).when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.'job-service'", equalTo("ready"));
    }

    @Test
    void aJobSourceGetsATokenWithItsClientCredentials() {
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials",
                        "client_id", tenant.clientId(), "client_secret", tenant.clientSecret()))
                .when().post("/v3/oauth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(10800))
                .body("access_token", notNullValue())
                .body("refresh_token", notNullValue());
    }

    @Test
    void aTokenWithoutTheScopeIsForbidden() {
        String usersOnly = given().contentType(ContentType.URLENC)
                .formParams("grant_type", "client_credentials", "scope", "users:read",
                        "client_id", tenant.clientId(), "client_secret", tenant.clientSecret())
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("scope", equalTo("users:read"))
                .extract().path("access_token");

        given().auth().oauth2(usersOnly).when().get("/api/v1/technicians")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/technicians")
                .then().statusCode(401).body("error.code", equalTo("unauthorized"));
    }

    @Test
    void theTechniciansApiIsReadOnly() {
        given().auth().oauth2(tenant.token()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/technicians")
                .then().statusCode(405).body("error.code", equalTo("method_not_allowed"));
    }
}
