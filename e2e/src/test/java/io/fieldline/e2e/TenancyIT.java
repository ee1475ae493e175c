package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Two accounts side by side: anything of the other account is 404 (never 403) on every route, and stays unchanged. */
@EndToEnd
class TenancyIT {

    private final SharedSuite suite;
    private Tenant owner;
    private Tenant other;
    private long technicianId;

    TenancyIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void twoAccountsAndATechnicianOfOne() {
        owner = suite.newTenant("Owner");
        other = suite.newTenant("Other");
        long organization = owner.createOrganization("Owner's Plumbing");
        technicianId = owner.createUser(Map.of("organization_id", organization, "first_name", "Mike", "last_name", "Johnson",
                "roles", List.of("technician"), "email", "mike@example.com"));
    }

    @Test
    void anotherAccountNeitherSeesNorReadsThisAccountsTechnician() {
        String otherToken = other.token();

        given().auth().oauth2(otherToken).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        given().auth().oauth2(otherToken).queryParam("id", technicianId).when().get("/api/v1/technicians")
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        given().auth().oauth2(otherToken).when().get("/v3/users/{id}", technicianId)
                .then().statusCode(404);
    }

    @Test
    void anAccountNeverReadsOrChangesAnotherAccountsDataThroughAnyRoute() {
        String otherToken = other.token();
        IntegrationKey otherKey = IntegrationKey.issue(suite.operatorToken(), other);
        Map<String, Object> ownTokens = owner.tokens();

        for (var asOther : List.of(given().auth().oauth2(otherToken), given().header("X-Auth-Token", otherKey.key()))) {
            asOther.when().get("/v3/users/{id}", technicianId).then().statusCode(404);
        }
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body(Map.of("first_name", "Hijacked"))
                .when().patch("/v3/users/{id}", technicianId).then().statusCode(404);
        given().auth().oauth2(otherToken).when().delete("/v3/users/{id}", technicianId).then().statusCode(404);
        given().auth().oauth2(otherToken).when().post("/v3/users/{id}/restore", technicianId).then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.technician_id", not(hasItem((int) technicianId)));
        given().auth().oauth2(otherToken).queryParam("id", technicianId).when().get("/api/v1/technicians")
                .then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/admin/accounts").then().statusCode(403);

        other.asClient().formParam("token", ownTokens.get("access_token"))
                .when().post("/v3/oauth/introspect").then().statusCode(200).body("active", equalTo(false));
        other.asClient().formParam("token", ownTokens.get("refresh_token"))
                .when().post("/v3/oauth/introspect").then().statusCode(200).body("active", equalTo(false));
        other.asClient().formParam("token", ownTokens.get("access_token"))
                .when().post("/v3/oauth/revoke").then().statusCode(400);
        other.asClient().formParam("grant_type", "refresh_token").formParam("refresh_token", ownTokens.get("refresh_token"))
                .when().post("/v3/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));

        // nothing of the owner changed, and its tokens still work
        given().auth().oauth2((String) ownTokens.get("access_token")).when().get("/v3/users/{id}", technicianId)
                .then().statusCode(200).body("user.first_name", equalTo("Mike"));
        given().auth().oauth2((String) ownTokens.get("access_token")).queryParam("id", technicianId)
                .when().get("/api/v1/technicians").then().statusCode(200).body("data.status", equalTo("Active"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", ownTokens.get("refresh_token")))
                .when().post("/v3/oauth/token").then().statusCode(200);
    }
}
