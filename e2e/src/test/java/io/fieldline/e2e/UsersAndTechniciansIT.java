package io.fieldline.e2e;

import org.junit.jupiter.api.BeforeEach;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** A company's users, created through the Dispatch API v3, as technicians of the technicians read API and in job-service. */
@EndToEnd
class UsersAndTechniciansIT {

    private final SharedSuite suite;
    private Tenant company;
    private long organization;

    UsersAndTechniciansIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void newCompany() {
        company = suite.newTenant("Users and technicians");
        organization = company.createOrganization("Mike's Plumbing");
    }

    @Test
    void aNewCompanyHasNoTechnicians() {
        given().auth().oauth2(company.token()).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data", empty())
                .body("pagination.total", equalTo(0))
                .body("request_id", notNullValue());
    }

    @Test
    void aCreatedTechnicianIsListedAndShown() {
        String token = company.token();
        Response created = given().auth().oauth2(token).contentType("application/json")
                .body(mike())
                .when().post("/v3/users")
                .then().statusCode(201)
                .body("user.first_name", equalTo("Mike"))
                .extract().response();
        long technicianId = ((Number) created.path("user.id")).longValue();
        // the service behind the gateway names the user at the gateway's public URL, never at its own
        assertThat(created.header("Location"), equalTo(suite.gatewayUrl() + "/v3/users/" + technicianId));

        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].technician_id", equalTo((int) technicianId))
                .body("data[0].status", equalTo("Active"))
                .body("pagination.total", equalTo(1));
        given().auth().oauth2(token).queryParam("id", technicianId).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.email", equalTo("mike@example.com"))
                .body("data.phone", equalTo("+15551234567"));
        given().auth().oauth2(token).when().get("/v3/users/{id}", technicianId)
                .then().statusCode(200).body("user.roles", contains("technician"));
    }

    @Test
    void theUserEventReachesJobService() throws Exception {
        long technicianId = company.createUser(mike());

        try (Connection job = suite.database("job");
             PreparedStatement find = job.prepareStatement(
                     "SELECT first_name, is_technician, version FROM workforce_user WHERE id = ?")) {
            find.setLong(1, technicianId);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try (ResultSet row = find.executeQuery()) {
                    return row.next() && row.getString(1).equals("Mike") && row.getBoolean(2) && row.getLong(3) == 1;
                }
            });
        }
    }

    private Map<String, Object> mike() {
        return Map.of("organization_id", organization, "first_name", "Mike", "last_name", "Johnson",
                "roles", List.of("technician"), "phone_number", "+15551234567", "email", "mike@example.com");
    }
}
