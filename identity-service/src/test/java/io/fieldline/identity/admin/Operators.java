package io.fieldline.identity.admin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test helpers: requests as the operator (the test profile's bootstrap client, which holds the admin scope). */
public final class Operators {

    public static final String BOOTSTRAP_CLIENT_ID = "test-job-source";
    public static final String BOOTSTRAP_CLIENT_SECRET = "test-job-source-secret-0123456789abcdef";

    private Operators() {
    }

    public static RequestSpecification asOperator() {
        return given().auth().oauth2(token(BOOTSTRAP_CLIENT_ID, BOOTSTRAP_CLIENT_SECRET, "admin"))
                .contentType(ContentType.JSON);
    }

    public static String token(String clientId, String secret, String scope) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret,
                        "scope", scope))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static long newAccount(String name) {
        return asOperator().body(Map.of("name", name)).when().post("/admin/accounts")
                .then().statusCode(201).extract().<Integer>path("account.id").longValue();
    }

    /** A new client of the account: its {@code client_id} and {@code client_secret}. */
    public static Map<String, Object> newClient(long accountId, List<String> scopes) {
        return asOperator().body(Map.of("scopes", scopes)).when().post("/admin/accounts/{id}/clients", accountId)
                .then().statusCode(201).extract().path("client");
    }
}
