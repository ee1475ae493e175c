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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

/**
 * technician-service knows job-service's organizations (issue 10) through the gateway: a user joins an organization
 * the moment it is created, never an unknown one; a third-party organization's users are read-only to the job source;
 * {@code create_user} brings the organization's initial user.
 */
@EndToEnd
class OrganizationUsersIT {

    private final SharedSuite suite;
    private Tenant jobSource;
    private String token;

    OrganizationUsersIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void aJobSource() {
        jobSource = suite.newTenant("Organizations' users");
        token = jobSource.token();
    }

    @Test
    void aUserJoinsAnOrganizationRightAfterItIsCreatedAndItsInitialUserFollows() {
        int organization = createOrganization(Map.of("name", "Joe's Plumbing", "email", "joe@joesplumbing.com",
                "create_user", true));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Jim", "last_name", "the Technician",
                        "roles", List.of("technician"), "email", "jim@joesplumbing.com"))
                .when().post("/v3/users")
                .then().statusCode(201)
                .body("user.organization_id", equalTo(organization));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> usersOf(organization).<Integer>path("meta.total"), equalTo(2));
        usersOf(organization).then()
                .body("users.email", containsInAnyOrder("joe@joesplumbing.com", "jim@joesplumbing.com"))
                .body("users.find { it.email == 'joe@joesplumbing.com' }.roles", contains("dispatcher", "technician"))
                .body("users.find { it.email == 'joe@joesplumbing.com' }.first_name", equalTo("Joe's Plumbing"));
    }

    @Test
    void aUserOfAnotherAccountsOrganizationIsRefusedNamingIt() {
        long elsewhere = suite.newTenant("Someone else").createOrganization("Not Yours");

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", elsewhere, "first_name", "Jim", "last_name", "T",
                        "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.code", equalTo("validation_failed"))
                .body("error.fields", hasKey("organization_id"));
    }

    @Test
    void aThirdPartyOrganizationsUsersAreReadOnlyToTheJobSource() {
        int partner = createOrganization(Map.of("name", "Partner Plumbing", "email", "office@partner.example",
                "network", "third_party", "create_user", true));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", partner, "first_name", "Jim", "last_name", "T",
                        "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(403)
                .body("error.code", equalTo("forbidden"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> usersOf(partner).<Integer>path("meta.total"), equalTo(1));
        int initialUser = usersOf(partner).path("users[0].id");
        given().auth().oauth2(token).when().get("/v3/users/{id}", initialUser)
                .then().statusCode(200).body("user.email", equalTo("office@partner.example"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("first_name", "Changed"))
                .when().patch("/v3/users/{id}", initialUser)
                .then().statusCode(403);
        given().auth().oauth2(token).when().delete("/v3/users/{id}", initialUser)
                .then().statusCode(403);
    }

    private int createOrganization(Map<String, Object> organization) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(organization)
                .when().post("/v3/organizations")
                .then().statusCode(201).extract().path("organization.id");
    }

    private Response usersOf(int organization) {
        return given().auth().oauth2(token).queryParam("filter[organization_id_eq]", organization)
                .when().get("/v3/users");
    }
}
