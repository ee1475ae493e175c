package io.fieldline.job.organization;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Who reaches which organization: a job source its account's, a user only its own (a dispatcher may change it), and
 * nobody another account's (404, never 403). External ids are for job sources only (seed: "External IDs").
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class OrganizationAccessTest {

    private static final String[] ALL = {"organizations:read", "organizations:write"};
    private static final List<String> DISPATCHER = List.of("dispatcher", "technician");
    private static final List<String> TECHNICIAN = List.of("technician");

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldShowAUserItsOwnOrganizationWithoutExternalIds() {
        long account = JobSources.newAccount();
        long id = JobSources.createOrganization(tokens.client(account, ALL), OrganizationsApiTest.JOES_PLUMBING);

        given().auth().oauth2(tokens.user(account, 501, id, TECHNICIAN, ALL))
                .when().get("/v3/organizations/{id}", id)
                .then().statusCode(200)
                .body("organization.id", equalTo((int) id))
                .body("organization.name", equalTo("Joe's Plumbing"))
                .body("organization", not(hasKey("external_ids")));
    }

    @Test
    void shouldListToAUserOnlyItsOwnOrganization() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        JobSources.createOrganization(source, "Elsewhere");
        long own = JobSources.createOrganization(source, OrganizationsApiTest.JOES_PLUMBING);

        given().auth().oauth2(tokens.user(account, 501, own, TECHNICIAN, ALL))
                .when().get("/v3/organizations")
                .then().statusCode(200)
                .body("organizations.id", contains((int) own))
                .body("organizations[0]", not(hasKey("external_ids")))
                .body("meta.total", equalTo(1));
    }

    @Test
    void shouldNotLetAUserFilterByExternalIds() {
        long account = JobSources.newAccount();
        long own = JobSources.createOrganization(tokens.client(account, ALL), OrganizationsApiTest.JOES_PLUMBING);

        given().auth().oauth2(tokens.user(account, 501, own, DISPATCHER, ALL))
                .queryParam("filter[external_ids_contains]", "AAA123")
                .when().get("/v3/organizations")
                .then().statusCode(400).body("error.fields", hasKey("filter[external_ids_contains]"));
    }

    @Test
    void shouldHideAnotherOrganizationOfTheAccountFromAUser() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long other = JobSources.createOrganization(source, "Other");
        String dispatcher = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(dispatcher).when().get("/v3/organizations/{id}", other).then().statusCode(404);
        given().auth().oauth2(dispatcher).contentType(ContentType.JSON).body(Map.of("name", "Mine now"))
                .when().patch("/v3/organizations/{id}", other).then().statusCode(404);
    }

    @Test
    void shouldLetADispatcherChangeItsOwnOrganization() {
        long account = JobSources.newAccount();
        long own = JobSources.createOrganization(tokens.client(account, ALL), OrganizationsApiTest.JOES_PLUMBING);

        given().auth().oauth2(tokens.user(account, 501, own, DISPATCHER, ALL)).contentType(ContentType.JSON)
                .body(Map.of("phone_number", "+15557826394"))
                .when().patch("/v3/organizations/{id}", own)
                .then().statusCode(200)
                .body("organization.phone_number", equalTo("+15557826394"))
                .body("organization", not(hasKey("external_ids")));
    }

    @Test
    void shouldForbidATechnicianOnlyUserToChangeItsOrganization() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");

        given().auth().oauth2(tokens.user(account, 501, own, TECHNICIAN, ALL)).contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed"))
                .when().patch("/v3/organizations/{id}", own)
                .then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().auth().oauth2(source).when().get("/v3/organizations/{id}", own)
                .then().body("organization.name", equalTo("Own"));
    }

    @Test
    void shouldRefuseExternalIdsAndNetworkFromAUserNamingThem() {
        long account = JobSources.newAccount();
        long own = JobSources.createOrganization(tokens.client(account, ALL), "Own");

        given().auth().oauth2(tokens.user(account, 501, own, DISPATCHER, ALL)).contentType(ContentType.JSON)
                .body(Map.of("external_ids", List.of("MINE"), "network", "third_party"))
                .when().patch("/v3/organizations/{id}", own)
                .then().statusCode(422)
                .body("error.fields.external_ids", contains("is available to job sources only"))
                .body("error.fields", hasKey("network"));
    }

    @Test
    void shouldLeaveCreatingAndDeletingOrganizationsToJobSources() {
        long account = JobSources.newAccount();
        long own = JobSources.createOrganization(tokens.client(account, ALL), "Own");
        String dispatcher = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(dispatcher).contentType(ContentType.JSON)
                .body(Map.of("name", "New", "email", "new@example.com"))
                .when().post("/v3/organizations")
                .then().statusCode(403).body("error.code", equalTo("forbidden")).body("request_id", not(equalTo(null)));
        given().auth().oauth2(dispatcher).when().delete("/v3/organizations/{id}", own)
                .then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().auth().oauth2(dispatcher).when().get("/v3/organizations/{id}", own).then().statusCode(200);
    }

    @Test
    void shouldAnswer404ToAnotherAccountOnEveryRoute() {
        long owner = JobSources.newAccount();
        long id = JobSources.createOrganization(tokens.client(owner, ALL), OrganizationsApiTest.JOES_PLUMBING);
        String other = tokens.client(JobSources.newAccount(), ALL);

        given().auth().oauth2(other).when().get("/v3/organizations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("name", "Hijacked"))
                .when().patch("/v3/organizations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).when().delete("/v3/organizations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).when().get("/v3/organizations").then().statusCode(200)
                .body("meta.total", equalTo(0));
        given().auth().oauth2(other).queryParam("filter[external_ids_contains]", "AAA123")
                .when().get("/v3/organizations").then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(tokens.user(JobSources.newAccount(), 501, id, DISPATCHER, ALL))
                .when().get("/v3/organizations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(OrganizationsApiTest.JOES_PLUMBING)
                .when().post("/v3/organizations").then().statusCode(201)
                .body("organization.id", not(equalTo((int) id)));
        given().auth().oauth2(tokens.client(owner, ALL)).when().get("/v3/organizations/{id}", id)
                .then().statusCode(200).body("organization.name", equalTo("Joe's Plumbing"));
    }

    @Test
    void shouldRequireTheScopeOfEachRoute() {
        long account = JobSources.newAccount();
        long id = JobSources.createOrganization(tokens.client(account, ALL), "Own");
        String reader = tokens.client(account, "organizations:read");

        given().auth().oauth2(reader).contentType(ContentType.JSON).body(Map.of("name", "X"))
                .when().patch("/v3/organizations/{id}", id)
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
        given().auth().oauth2(tokens.client(account, "organizations:write"))
                .when().get("/v3/organizations/{id}", id)
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputInEveryFieldNamingIt() {
        return new BadInputSweep(tokens.client(JobSources.newAccount(), ALL)).under("/v3/organizations");
    }
}
