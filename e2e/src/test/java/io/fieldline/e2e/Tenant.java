package io.fieldline.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * An account of a scenario's own with one job-source client, created by the operator through the gateway's admin API,
 * so that what the scenario counts or refuses is not disturbed by any other scenario.
 */
record Tenant(long accountId, String clientId, String clientSecret) {

    static Tenant create(String operatorToken, String name) {
        long account = given().auth().oauth2(operatorToken).contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .when().post("/admin/accounts")
                .then().statusCode(201).extract().<Integer>path("account.id").longValue();
        Map<String, Object> client = given().auth().oauth2(operatorToken).contentType(ContentType.JSON)
                .body(Map.of("scopes", List.of("technicians:read", "technicians:write", "users:read", "users:write",
                                "organizations:read", "organizations:write", "customers:read", "customers:write",
                                "jobs:read", "jobs:write", "datafiles:read", "datafiles:write", "brands:read",
                                "brands:write", "appointments:read", "appointments:write"),
                        "grant_types", List.of("client_credentials", "refresh_token", "password")))
                .when().post("/admin/accounts/{id}/clients", account)
                .then().statusCode(201).extract().path("client");
        return new Tenant(account, (String) client.get("client_id"), (String) client.get("client_secret"));
    }

    /** The client's token response: {@code access_token}, {@code refresh_token}, {@code scope}, ... */
    Map<String, Object> tokens() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().as(Map.class);
    }

    String token() {
        return (String) tokens().get("access_token");
    }

    /** A request authenticated as this client with HTTP Basic, form-encoded, as the OAuth endpoints take it. */
    RequestSpecification asClient() {
        return given().auth().preemptive().basic(clientId, clientSecret).contentType(ContentType.URLENC);
    }

    /** Creates a first-party organization through {@code POST /v3/organizations} and returns its id. */
    long createOrganization(String name) {
        return ((Number) given().auth().oauth2(token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", "office@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example"))
                .when().post("/v3/organizations")
                .then().statusCode(201).extract().path("organization.id")).longValue();
    }

    /** Creates a user through {@code POST /v3/users} and returns its id. */
    long createUser(Map<String, Object> user) {
        return ((Number) given().auth().oauth2(token()).contentType(ContentType.JSON).body(user)
                .when().post("/v3/users")
                .then().statusCode(201).extract().path("user.id")).longValue();
    }

    /** Asks for a password grant of a user of this account, through this client. */
    Response login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", email, "password", password,
                        "client_id", clientId, "client_secret", clientSecret))
                .when().post("/v3/oauth/token");
    }
}
