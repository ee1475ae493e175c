package io.fieldline.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

/**
 * A restart of the whole suite loses neither data nor issued tokens. It restarts the suite every scenario shares, on
 * the same ports and data, so the scenarios that run after it meet the suite as the ones before it did; it is
 * isolated so that it never runs alongside another scenario, should parallel execution be switched on.
 */
@EndToEnd
@Isolated
class RestartIT {

    private final SharedSuite suite;

    RestartIT(SharedSuite suite) {
        this.suite = suite;
    }

    @Test
    void dataAndIssuedTokensSurviveARestart() throws Exception {
        Tenant tenant = suite.newTenant("Restarted");
        String token = tenant.token();
        long organization = tenant.createOrganization("Restarted Plumbing");
        long technicianId = tenant.createUser(Map.of("organization_id", organization, "first_name", "Mike",
                "last_name", "Johnson", "roles", List.of("technician")));

        suite.restart();

        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.technician_id", contains((int) technicianId));
    }
}
