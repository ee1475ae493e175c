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
 * A job source brings its organizations and customers through the gateway: the same external id finds the same
 * organization, a duplicate customer merges, lists filter by the seed's parameters, and another account sees none.
 */
@EndToEnd
class OrganizationsAndCustomersIT {

    private final SharedSuite suite;
    private Tenant jobSource;
    private Tenant other;

    OrganizationsAndCustomersIT(SharedSuite suite) {
        this.suite = suite;
    }

    @BeforeEach
    void twoAccounts() {
        jobSource = suite.newTenant("Warranty Co");
        other = suite.newTenant("Someone Else");
    }

    @Test
    void aJobSourceBringsItsOrganizationsAndCustomersWithoutDuplicatesAndNobodyElseSeesThem() {
        String token = jobSource.token();
        Map<String, Object> joesPlumbing = Map.of("name", "Joe's Plumbing",
                "address", Map.of("street_1", "555 Test Avenue", "street_2", "Unit 5", "city", "Boston",
                        "state", "MA", "postal_code", "02115"),
                "phone_number", "+15551234567", "email", "joe@joesplumbing.com", "external_ids", List.of("AAA123"));

        int organization = given().auth().oauth2(token).contentType(ContentType.JSON).body(joesPlumbing)
                .when().post("/v3/organizations")
                .then().statusCode(201)
                .body("organization.address.timezone", equalTo("America/New_York"))
                .body("organization.external_ids", contains("AAA123"))
                .extract().path("organization.id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(joesPlumbing)
                .when().post("/v3/organizations")
                .then().statusCode(200).body("organization.id", equalTo(organization));

        Map<String, Object> joeShmo = Map.of("organization_id", organization, "email", "customer@email.com",
                "phone_numbers", List.of(Map.of("number", "+15551234567", "primary", true, "type", "mobile")),
                "first_name", "Joe", "last_name", "Shmo", "external_ids", List.of("C-1"));
        int customer = given().auth().oauth2(token).contentType(ContentType.JSON).body(joeShmo)
                .when().post("/v3/customers")
                .then().statusCode(201).extract().path("customer.id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization, "first_name", "Joseph", "email", "CUSTOMER@email.com"))
                .when().post("/v3/customers")
                .then().statusCode(200)
                .body("customer.id", equalTo(customer))
                .body("customer.first_name", equalTo("Joseph"))
                .body("customer.phone_numbers.number", contains("+15551234567"));

        given().auth().oauth2(token).queryParam("filter[external_ids_contains]", "AAA123")
                .when().get("/v3/organizations")
                .then().statusCode(200).body("organizations.id", contains(organization)).body("meta.total", equalTo(1));
        given().auth().oauth2(token).queryParam("filter[organization_id_eq]", organization)
                .queryParam("filter[external_id_contains]", "C-1")
                .when().get("/v3/customers")
                .then().statusCode(200).body("customers.id", contains(customer)).body("meta.total", equalTo(1));
        given().auth().oauth2(token).queryParam("filter[email_eq]", "CUSTOMER@email.com")
                .when().get("/v3/customers")
                .then().statusCode(200).body("customers.id", contains(customer));

        String otherToken = other.token();
        given().auth().oauth2(otherToken).when().get("/v3/organizations/{id}", organization).then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/v3/customers/{id}", customer).then().statusCode(404);
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body(Map.of("first_name", "Hijacked"))
                .when().patch("/v3/customers/{id}", customer).then().statusCode(404);
        given().auth().oauth2(otherToken).when().delete("/v3/organizations/{id}", organization).then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/v3/organizations").then().statusCode(200)
                .body("meta.total", equalTo(0));
        given().auth().oauth2(otherToken).when().get("/v3/customers").then().statusCode(200)
                .body("meta.total", equalTo(0));
        given().auth().oauth2(token).when().get("/v3/customers/{id}", customer)
                .then().statusCode(200).body("customer.first_name", equalTo("Joseph"));
    }
}
