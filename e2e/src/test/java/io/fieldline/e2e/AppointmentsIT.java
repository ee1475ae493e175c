package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A job source schedules a technician through the gateway (seed: "Job Offers", Appointments): it offers a job,
 * accepts it with an appointment for a technician of the organization, finds the appointment by its job, and cancels
 * the job, which cancels the appointment; another account sees none of it.
 */
@EndToEnd
class AppointmentsIT {

    private final SharedSuite suite;
    private Tenant jobSource;
    private Tenant other;

    AppointmentsIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void twoAccounts() {
        jobSource = suite.newTenant("Warranty Co");
        other = suite.newTenant("Someone Else");
    }

    @Test
    void aJobSourceAcceptsAnOfferWithAnAppointmentAndCancelingTheJobCancelsIt() throws Exception {
        String token = jobSource.token();
        int organization = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Joe's Plumbing", "email", "joe@joesplumbing.com"))
                .when().post("/v3/organizations")
                .then().statusCode(201).extract().path("organization.id");
        int customer = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Joe", "last_name", "Shmo",
                        "email", "joe.shmo@gmail.com"))
                .when().post("/v3/customers")
                .then().statusCode(201).extract().path("customer.id");
        long technician = jobSource.createUser(Map.of("organization_id", organization, "first_name", "Mike",
                "last_name", "Johnson", "roles", List.of("technician"), "email", "mike@joesplumbing.com"));
        awaitTechnicianKnownToJobService(technician);
        int job = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Fix the Toilet", "status", "offered", "customer_id", customer,
                        "organization_id", organization,
                        "address", Map.of("street_1", "1234 Test Avenue", "city", "Boston", "state", "MA",
                                "postal_code", "02115")))
                .when().post("/v3/jobs")
                .then().statusCode(201).extract().path("job.id");

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("appointment", Map.of("time", "2026-12-01T15:00:00Z", "duration", 3600,
                        "user_id", technician)))
                .when().post("/v3/jobs/{id}/accept", job)
                .then().statusCode(200).body("job.status", equalTo("scheduled"));
        int appointment = given().auth().oauth2(token).queryParam("filter[job_id_in]", job)
                .when().get("/v3/appointments")
                .then().statusCode(200)
                .body("meta.total", equalTo(1))
                .body("appointments[0].organization_id", equalTo(organization))
                .body("appointments[0].status", equalTo("scheduled"))
                .body("appointments[0].time", equalTo("2026-12-01T15:00:00Z"))
                .body("appointments[0].duration", equalTo(3600))
                .body("appointments[0].user_id", equalTo((int) technician))
                .extract().path("appointments[0].id");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                .when().patch("/v3/jobs/{id}", job)
                .then().statusCode(200).body("job.status", equalTo("canceled"));
        given().auth().oauth2(token).when().get("/v3/appointments/{id}", appointment)
                .then().statusCode(200).body("appointment.status", equalTo("canceled"));
        given().auth().oauth2(token).queryParam("filter[user_id_eq]", technician)
                .queryParam("filter[time_gteq]", "2026-12-01T00:00:00Z").queryParam("filter[time_lt]", "2026-12-02T00:00:00Z")
                .when().get("/v3/appointments")
                .then().statusCode(200).body("appointments.id", contains(appointment));

        String otherToken = other.token();
        given().auth().oauth2(otherToken).when().get("/v3/appointments/{id}", appointment).then().statusCode(404);
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body(Map.of("status", "scheduled"))
                .when().patch("/v3/appointments/{id}", appointment).then().statusCode(404);
        given().auth().oauth2(otherToken).when().delete("/v3/appointments/{id}", appointment).then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/v3/appointments").then().statusCode(200)
                .body("meta.total", equalTo(0));
    }

    /** job-service learns the workforce from technician-service's user events, a moment after the user is created. */
    private void awaitTechnicianKnownToJobService(long technician) throws Exception {
        try (Connection job = suite.database("job");
             PreparedStatement find = job.prepareStatement(
                     "SELECT 1 FROM workforce_user WHERE id = ? AND is_technician AND active")) {
            find.setLong(1, technician);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try (ResultSet row = find.executeQuery()) {
                    return row.next();
                }
            });
        }
    }
}
