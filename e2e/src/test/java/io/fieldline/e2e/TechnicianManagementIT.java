package io.fieldline.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

/**
 * The technician management API through the gateway, as a job source's integration uses it ({@code
 * technician-management-api.txt}): technicians created in bulk with an integration key are technicians and users of
 * the other surfaces at once; one disabled there is Inactive everywhere; a bad key is refused in the surface's shape.
 */
@EndToEnd
class TechnicianManagementIT {

    private final SharedSuite suite;

    TechnicianManagementIT(SharedSuite suite) {
        this.suite = suite;
    }

    @Test
    void techniciansCreatedInBulkWithAnIntegrationKeyAreSeenAndDisabledEverywhere() {
        Tenant company = companyWithADispatcher("Tech management");
        IntegrationKey key = IntegrationKey.issue(suite.operatorToken(), company);

        withKey(key).contentType(ContentType.JSON)
                .body(List.of(Map.of("email", "tech1@example.com", "name", "Tech One", "profile", "admin", "language", "en"),
                        Map.of("email", "tech2@example.com", "name", "Tech Two", "profile", "support", "language", "fr")))
                .when().post("/tech/bulk")
                .then().statusCode(200)
                .body("result", equalTo("SUCCESS"))
                .body("details.technicians.'tech1@example.com'.result", equalTo("SUCCESS"))
                .body("details.technicians.'tech2@example.com'.result", equalTo("SUCCESS"));

        List<Integer> ids = withKey(key).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.last_name", contains("One", "Two"))
                .body("data.status", contains("Active", "Active"))
                .extract().path("data.technician_id");
        String token = company.token();
        given().auth().oauth2(token).queryParam("filter[by_user_roles]", "technician")
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.email", containsInAnyOrder("tech1@example.com", "tech2@example.com"))
                .body("meta.total", equalTo(2));

        withKey(key).contentType(ContentType.JSON).body(Map.of("status", "disabled"))
                .when().put("/tech/{techUsername}", "tech2@example.com")
                .then().statusCode(200)
                .body("result", equalTo("SUCCESS"))
                .body("errorDetails", equalTo(null));

        given().auth().oauth2(token).queryParam("id", ids.get(1)).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.status", equalTo("Inactive"));
        withKey(key).queryParam("status", "Active").when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.technician_id", contains(ids.get(0)));
    }

    @Test
    void aTakenEmailIsA409AndABadKeyA403InTheSurfacesShape() {
        Tenant company = companyWithADispatcher("Tech management errors");
        IntegrationKey key = IntegrationKey.issue(suite.operatorToken(), company);

        withKey(key).contentType(ContentType.JSON).body(Map.of("email", "Dora@example.com", "name", "Dora Again"))
                .when().post("/tech")
                .then().statusCode(409)
                .body("status", equalTo(409))
                .body("message", equalTo("Email already exists"));
        withKey(key).contentType(ContentType.JSON).body(Map.of("email", "", "name", "John Doe"))
                .when().post("/tech")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo("Invalid request: Email must not be empty"));
        given().header("Authorization", "INTEGRATION-KEY not-a-key").contentType(ContentType.JSON)
                .body(Map.of("email", "x@example.com", "name", "X Y"))
                .when().post("/tech")
                .then().statusCode(403)
                .body("status", equalTo(403))
                .body("message", containsString("integration key"))
                .body("$", not(hasKey("error")));
    }

    /** A new account whose first user is a dispatcher of its organization: the company the seed's technicians join. */
    private Tenant companyWithADispatcher(String name) {
        Tenant company = suite.newTenant(name);
        long organization = company.createOrganization(name);
        company.createUser(Map.of("organization_id", organization, "first_name", "Dora", "last_name", "Desk",
                "roles", List.of("dispatcher"), "email", "dora@example.com"));
        return company;
    }

    private static RequestSpecification withKey(IntegrationKey key) {
        return given().header("Authorization", "INTEGRATION-KEY " + key.key());
    }
}
