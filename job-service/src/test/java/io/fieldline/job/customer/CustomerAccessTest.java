package io.fieldline.job.customer;

import io.fieldline.job.JobSources;
import io.fieldline.testkit.BadInputSweep;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.fieldline.job.customer.CustomersApiTest.ALL;
import static io.fieldline.job.customer.CustomersApiTest.joeShmo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Who reaches which customer: a job source its account's, a user its organization's, nobody another account's (404,
 * never 403). External ids are for job sources only (seed: "External IDs").
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class CustomerAccessTest {

    private static final List<String> DISPATCHER = List.of("dispatcher");

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldLetAUserCreateAndReadCustomersOfItsOrganizationWithoutExternalIds() {
        long account = JobSources.newAccount();
        long own = JobSources.createOrganization(tokens.client(account, ALL), "Own");
        String user = tokens.user(account, 501, own, DISPATCHER, ALL);

        long id = ((Number) given().auth().oauth2(user).contentType(ContentType.JSON)
                .body(Map.of("organization_id", own, "first_name", "Joe", "email", "joe@example.com"))
                .when().post("/v3/customers")
                .then().statusCode(201).body("customer", not(hasKey("external_ids")))
                .extract().path("customer.id")).longValue();

        given().auth().oauth2(user).when().get("/v3/customers/{id}", id)
                .then().statusCode(200).body("customer.first_name", equalTo("Joe"))
                .body("customer", not(hasKey("external_ids")));
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("last_name", "Shmo"))
                .when().patch("/v3/customers/{id}", id).then().statusCode(200).body("customer.last_name", equalTo("Shmo"));
    }

    @Test
    void shouldShowAUserOnlyTheCustomersOfItsOrganization() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long other = JobSources.createOrganization(source, "Other");
        long mine = JobSources.createCustomer(source, joeShmo(own));
        long theirs = JobSources.createCustomer(source, joeShmo(other));
        String user = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(user).when().get("/v3/customers")
                .then().statusCode(200).body("customers.id", contains((int) mine)).body("meta.total", equalTo(1))
                .body("customers[0]", not(hasKey("external_ids")));
        given().auth().oauth2(user).queryParam("filter[organization_id_eq]", other).when().get("/v3/customers")
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(user).when().get("/v3/customers/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("first_name", "X"))
                .when().patch("/v3/customers/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(user).when().delete("/v3/customers/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(user).contentType(ContentType.JSON)
                .body(Map.of("organization_id", other, "first_name", "Joe"))
                .when().post("/v3/customers")
                .then().statusCode(422).body("error.fields.organization_id", contains("must be your own organization"));
    }

    @Test
    void shouldRefuseExternalIdsFromAUserNamingThem() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long id = JobSources.createCustomer(source, joeShmo(own));
        String user = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(user).contentType(ContentType.JSON)
                .body(Map.of("organization_id", own, "first_name", "Joe", "external_ids", List.of("X")))
                .when().post("/v3/customers")
                .then().statusCode(422).body("error.fields.external_ids", contains("is available to job sources only"));
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("external_ids", List.of("X")))
                .when().patch("/v3/customers/{id}", id)
                .then().statusCode(422).body("error.fields", hasKey("external_ids"));
        given().auth().oauth2(user).queryParam("filter[external_id_contains]", "AAA123").when().get("/v3/customers")
                .then().statusCode(400).body("error.fields", hasKey("filter[external_id_contains]"));
    }

    @Test
    void shouldAnswer404ToAnotherAccountOnEveryRoute() {
        long owner = JobSources.newAccount();
        String source = tokens.client(owner, ALL);
        long organization = JobSources.createOrganization(source, "Own");
        long id = JobSources.createCustomer(source, joeShmo(organization));
        String other = tokens.client(JobSources.newAccount(), ALL);

        given().auth().oauth2(other).when().get("/v3/customers/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("first_name", "Hijacked"))
                .when().patch("/v3/customers/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).when().delete("/v3/customers/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).when().get("/v3/customers").then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(other).queryParam("filter[email_eq]", "customer@email.com").when().get("/v3/customers")
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(other).contentType(ContentType.JSON).body(joeShmo(organization))
                .when().post("/v3/customers").then().statusCode(422).body("error.fields", hasKey("organization_id"));
        given().auth().oauth2(tokens.user(JobSources.newAccount(), 501, organization, DISPATCHER, ALL))
                .when().get("/v3/customers/{id}", id).then().statusCode(404);
        given().auth().oauth2(source).when().get("/v3/customers/{id}", id)
                .then().statusCode(200).body("customer.first_name", equalTo("Joe"));
    }

    @Test
    void shouldRequireTheScopeOfEachRoute() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long id = JobSources.createCustomer(source, joeShmo(JobSources.createOrganization(source, "Own")));

        given().auth().oauth2(tokens.client(account, "customers:read")).when().delete("/v3/customers/{id}", id)
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
        given().auth().oauth2(tokens.client(account, "customers:write")).when().get("/v3/customers")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputInEveryFieldNamingIt() {
        return new BadInputSweep(tokens.client(JobSources.newAccount(), ALL)).under("/v3/customers");
    }
}
