package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A user created with a password logs in with its email right after the 201, sees only its own organization, and
 * loses access when deactivated.
 */
@EndToEnd
class UserLoginIT {

    private static final String EMAIL = "dana@example.com";
    private static final String PASSWORD = "supersecretpassword";

    private final SharedSuite suite;
    private Tenant company;
    private long otherOrganizationsTechnician;
    private long userId;

    UserLoginIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void aUserWithAPasswordBesideATechnicianOfAnotherOrganization() {
        company = suite.newTenant("Logins");
        long otherOrganization = company.createOrganization("Other Plumbing");
        long ownOrganization = company.createOrganization("Dana's Plumbing");
        otherOrganizationsTechnician = company.createUser(Map.of("organization_id", otherOrganization, "first_name", "Mike",
                "last_name", "Johnson", "roles", List.of("technician")));
        userId = company.createUser(Map.of("organization_id", ownOrganization, "first_name", "Dana", "last_name", "Dispatcher",
                "roles", List.of("dispatcher", "technician"), "email", EMAIL, "password", PASSWORD));
    }

    @Test
    void aUserLogsInWithEmailAndPasswordAndSeesOnlyItsOrganization() {
        String userToken = (String) logIn().get("access_token");

        given().auth().oauth2(userToken).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.technician_id", contains((int) userId));
        given().auth().oauth2(userToken).queryParam("id", otherOrganizationsTechnician)
                .when().get("/api/v1/technicians")
                .then().statusCode(404);
    }

    @Test
    void aDeactivatedUserLosesAccessAtOnceAndCanNeitherLogInNorRefresh() {
        Map<String, Object> login = logIn();
        String userToken = (String) login.get("access_token");
        given().auth().oauth2(userToken).when().get("/api/v1/technicians").then().statusCode(200);

        given().auth().oauth2(company.token()).when().delete("/v3/users/{id}", userId).then().statusCode(204);

        // seed: a deactivated user "will no longer be able to log in" -- from the 204 on, not once the event arrives
        company.login(EMAIL, PASSWORD).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", login.get("refresh_token")))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        // access tokens are checked locally everywhere: their revocation reaches every verifier within seconds
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(userToken).when().get("/api/v1/technicians").statusCode() == 401);
    }

    @Test
    void aRestoredUserLogsInAtOnce() {
        logIn();
        given().auth().oauth2(company.token()).when().delete("/v3/users/{id}", userId).then().statusCode(204);
        given().auth().oauth2(company.token()).when().post("/v3/users/{id}/restore", userId).then().statusCode(200);

        logIn();
    }

    /** Logs the user in right after its 201, without waiting for its event to reach identity-service. */
    private Map<String, Object> logIn() {
        return company.login(EMAIL, PASSWORD).then().statusCode(200).extract().as(Map.class);
    }
}
