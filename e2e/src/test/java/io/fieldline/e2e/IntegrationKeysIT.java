package io.fieldline.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** Integration keys: the same principal as their client's token, in either header, until the operator revokes them. */
@EndToEnd
class IntegrationKeysIT {

    private final SharedSuite suite;
    private Tenant keyed;
    private IntegrationKey key;

    IntegrationKeysIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void aClientWithAKey() {
        keyed = suite.newTenant("Keyed");
        key = IntegrationKey.issue(suite.operatorToken(), keyed);
    }

    @Test
    void anIntegrationKeyActsAsItsClientInEitherHeader() {
        Tenant neighbour = suite.newTenant("Neighbour");
        long neighboursOrganization = neighbour.createOrganization("Next Door");
        long neighboursTechnician = neighbour.createUser(Map.of("organization_id", neighboursOrganization, "first_name", "Mike",
                "last_name", "Johnson", "roles", List.of("technician")));

        given().header("Authorization", "INTEGRATION-KEY " + key.key()).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        long keyedOrganization = keyed.createOrganization("Keyed Plumbing");
        long created = ((Number) given().header("X-Auth-Token", key.key()).contentType(ContentType.JSON)
                .body(Map.of("organization_id", keyedOrganization, "first_name", "Kim", "last_name", "Keyed",
                        "roles", List.of("technician"), "email", "kim@example.com"))
                .when().post("/v3/users")
                .then().statusCode(201).extract().path("user.id")).longValue();

        given().header("X-Auth-Token", key.key()).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.technician_id", contains((int) created));
        given().auth().oauth2(keyed.token()).when().get("/v3/users/{id}", created).then().statusCode(200);
        given().auth().oauth2(neighbour.token()).when().get("/v3/users/{id}", created).then().statusCode(404);
        given().header("X-Auth-Token", key.key()).when().get("/v3/users/{id}", neighboursTechnician)
                .then().statusCode(404);
    }

    @Test
    void aRevokedIntegrationKeyIsRefusedWithinSeconds() {
        given().header("X-Auth-Token", key.key()).when().get("/api/v1/technicians").then().statusCode(200);

        given().auth().oauth2(suite.operatorToken()).when().delete("/admin/integration-keys/{id}", key.id())
                .then().statusCode(204);

        // the service behind the gateway may refuse the key's cached token first, as revoked; then the gateway, once the
        // revocation reached it too, refuses the key itself
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Response refused = given().header("X-Auth-Token", key.key()).when().get("/api/v1/technicians");
            return refused.statusCode() == 401
                    && refused.path("error.message").equals("Invalid integration key");
        });
        given().header("Authorization", "INTEGRATION-KEY " + key.key()).when().get("/api/v1/technicians")
                .then().statusCode(401).body("error.message", equalTo("Invalid integration key"));
    }
}
