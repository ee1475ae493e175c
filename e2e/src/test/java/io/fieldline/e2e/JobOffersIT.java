package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A job source offers a job through the gateway (seed: Jobs, "Job Offers"): it creates an organization, a customer and
 * an offered job, accepts the offer on the organization's behalf (with an appointment in {@link AppointmentsIT}) and
 * finds the job by its new status; another account sees none of it.
 */
@EndToEnd
class JobOffersIT {

    private final SharedSuite suite;
    private Tenant jobSource;
    private Tenant other;

    JobOffersIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void twoAccounts() {
        jobSource = suite.newTenant("Warranty Co");
        other = suite.newTenant("Someone Else");
    }

    @Test
    void aJobSourceOffersAJobAcceptsItForTheOrganizationAndListsItByStatus() {
        String token = jobSource.token();
        int organization = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Joe's Plumbing", "email", "joe@joesplumbing.com"))
                .when().post("/v3/organizations")
                .then().statusCode(201).extract().path("organization.id");
        int customer = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Joe", "last_name", "Shmo",
                        "email", "joe.shmo@gmail.com", "external_ids", List.of("AAA123")))
                .when().post("/v3/customers")
                .then().statusCode(201).extract().path("customer.id");

        int job = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "Fix the Toilet", "description", "The toilet is **clogged**.",
                        "service_type", "PLB",
                        "address", Map.of("street_1", "1234 Test Avenue", "city", "Boston", "state", "MA",
                                "postal_code", "02115", "timezone", "America/New_York"),
                        "status", "offered", "customer_id", customer, "organization_id", organization))
                .when().post("/v3/jobs")
                .then().statusCode(201)
                .body("job.status", equalTo("offered"))
                .body("job.customer.first_name", equalTo("Joe"))
                .body("job.customer.external_ids", contains("AAA123"))
                .extract().path("job.id");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "canceled"))
                .when().patch("/v3/jobs/{id}", job)
                .then().statusCode(422).body("error.fields.status.size()", equalTo(1));
        given().auth().oauth2(token).when().post("/v3/jobs/{id}/accept", job)
                .then().statusCode(200).body("job.status", equalTo("unscheduled"));

        given().auth().oauth2(token).queryParam("filter[status_in]", "scheduled,unscheduled")
                .queryParam("filter[organization_id_eq]", organization)
                .when().get("/v3/jobs")
                .then().statusCode(200).body("jobs.id", contains(job)).body("meta.total", equalTo(1));
        given().auth().oauth2(token).queryParam("filter[status_eq]", "offered").when().get("/v3/jobs")
                .then().statusCode(200).body("meta.total", equalTo(0));

        String otherToken = other.token();
        given().auth().oauth2(otherToken).when().get("/v3/jobs/{id}", job).then().statusCode(404);
        given().auth().oauth2(otherToken).when().post("/v3/jobs/{id}/reject", job).then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/v3/jobs").then().statusCode(200).body("meta.total", equalTo(0));
    }
}
