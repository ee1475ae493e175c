package io.fieldline.e2e;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** A second tenant with its own job-source client, created by the operator through the gateway's admin API. */
record SecondAccount(long accountId, String clientId, String clientSecret) {

    static SecondAccount create(String operatorToken) {
        long account = given().auth().oauth2(operatorToken).contentType(ContentType.JSON)
                .body(Map.of("name", "Second account"))
                .when().post("/admin/accounts")
                .then().statusCode(201).extract().<Integer>path("account.id").longValue();
        Map<String, Object> client = given().auth().oauth2(operatorToken).contentType(ContentType.JSON)
                .body(Map.of("scopes", List.of("technicians:read", "users:read", "users:write")))
                .when().post("/admin/accounts/{id}/clients", account)
                .then().statusCode(201).extract().path("client");
        return new SecondAccount(account, (String) client.get("client_id"), (String) client.get("client_secret"));
    }

    String token() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
