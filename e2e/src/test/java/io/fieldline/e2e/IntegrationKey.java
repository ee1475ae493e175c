package io.fieldline.e2e;

import io.restassured.http.ContentType;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** An integration key of a client, issued by the operator through the admin API; {@code key} is shown only here. */
record IntegrationKey(long id, String key) {

    static IntegrationKey issue(String operatorToken, Tenant tenant) {
        Map<String, Object> issued = given().auth().oauth2(operatorToken).contentType(ContentType.JSON)
                .body(Map.of("name", "Dispatch sync"))
                .when().post("/admin/clients/{id}/integration-keys", tenant.clientId())
                .then().statusCode(201).extract().path("integration_key");
        return new IntegrationKey(((Number) issued.get("id")).longValue(), (String) issued.get("key"));
    }
}
