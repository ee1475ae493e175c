package io.fieldline.job.job;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.fieldline.job.job.JobsApiTest.ALL;
import static io.fieldline.job.job.JobsApiTest.createJob;
import static io.fieldline.job.job.JobsApiTest.fixTheToilet;
import static io.fieldline.job.job.JobsApiTest.joeShmo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Who reaches which job: a job source its account's, a user its organization's, nobody another account's (404, never
 * 403). Offers are answered by a job source or a dispatcher; a rejected job is read-only for the organization's users.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "job"))
@WithTestResource(TestTokensResource.class)
class JobAccessTest {

    private static final List<String> DISPATCHER = List.of("dispatcher");
    private static final List<String> TECHNICIAN = List.of("technician");

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldShowAUserOnlyTheJobsOfItsOrganizationWithoutExternalIds() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long other = JobSources.createOrganization(source, "Other");
        Map<String, Object> job = new HashMap<>(fixTheToilet(JobSources.createCustomer(source, joeShmo(own)), own,
                "unscheduled"));
        job.put("external_ids", List.of("JOB-1"));
        long mine = createJob(source, job);
        long theirs = createJob(source, fixTheToilet(JobSources.createCustomer(source, joeShmo(other)), other,
                "unscheduled"));
        String user = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(user).when().get("/v3/jobs")
                .then().statusCode(200).body("jobs.id", contains((int) mine)).body("meta.total", equalTo(1))
                .body("jobs[0]", not(hasKey("external_ids")))
                .body("jobs[0].customer", not(hasKey("external_ids")));
        given().auth().oauth2(user).queryParam("filter[organization_id_eq]", other).when().get("/v3/jobs")
                .then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(user).queryParam("filter[external_ids_contains]", "JOB-1").when().get("/v3/jobs")
                .then().statusCode(400).body("error.fields", hasKey("filter[external_ids_contains]"));
        given().auth().oauth2(user).when().get("/v3/jobs/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("title", "X"))
                .when().patch("/v3/jobs/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("title", "Mine"))
                .when().patch("/v3/jobs/{id}", mine).then().statusCode(200).body("job.title", equalTo("Mine"));
    }

    @Test
    void shouldLetAUserCreateJobsOnlyInItsOrganizationAndWithoutExternalIds() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long other = JobSources.createOrganization(source, "Other");
        long customer = JobSources.createCustomer(source, joeShmo(own));
        String user = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(user).contentType(ContentType.JSON).body(fixTheToilet(customer, own, "unscheduled"))
                .when().post("/v3/jobs").then().statusCode(201).body("job", not(hasKey("external_ids")));
        given().auth().oauth2(user).contentType(ContentType.JSON).body(fixTheToilet(customer, other, "unscheduled"))
                .when().post("/v3/jobs")
                .then().statusCode(422).body("error.fields.organization_id", contains("must be your own organization"));
        Map<String, Object> withIds = new HashMap<>(fixTheToilet(customer, own, "unscheduled"));
        withIds.put("external_ids", List.of("X"));
        given().auth().oauth2(user).contentType(ContentType.JSON).body(withIds)
                .when().post("/v3/jobs")
                .then().statusCode(422).body("error.fields.external_ids", contains("is available to job sources only"));
    }

    @Test
    void shouldLetADispatcherButNotATechnicianAnswerAnOffer() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long customer = JobSources.createCustomer(source, joeShmo(own));
        long first = createJob(source, fixTheToilet(customer, own, "offered"));
        long second = createJob(source, fixTheToilet(customer, own, "offered"));

        given().auth().oauth2(tokens.user(account, 502, own, TECHNICIAN, ALL))
                .when().post("/v3/jobs/{id}/accept", first)
                .then().statusCode(403);
        given().auth().oauth2(tokens.user(account, 501, own, DISPATCHER, ALL))
                .when().post("/v3/jobs/{id}/accept", first)
                .then().statusCode(200).body("job.status", equalTo("unscheduled"));
        given().auth().oauth2(tokens.user(account, 501, own, DISPATCHER, ALL))
                .when().post("/v3/jobs/{id}/reject", second)
                .then().statusCode(200).body("job.status", equalTo("rejected"));
    }

    @Test
    void shouldMakeARejectedJobReadOnlyForTheOrganizationsUsers() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long id = createJob(source, fixTheToilet(JobSources.createCustomer(source, joeShmo(own)), own, "offered"));
        given().auth().oauth2(source).when().post("/v3/jobs/{id}/reject", id).then().statusCode(200);
        String user = tokens.user(account, 501, own, DISPATCHER, ALL);

        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("title", "Mine now"))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(403).body("error.message", equalTo("A rejected job is read-only for the organization's users"));
        given().auth().oauth2(user).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.title", equalTo("Fix the Toilet"));
        given().auth().oauth2(source).contentType(ContentType.JSON).body(Map.of("status_message", "Reoffer later"))
                .when().patch("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status_message", equalTo("Reoffer later"));
    }

    @Test
    void shouldNotLetAJobSourceReviveARejectedJob() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long own = JobSources.createOrganization(source, "Own");
        long id = createJob(source, fixTheToilet(JobSources.createCustomer(source, joeShmo(own)), own, "offered"));
        given().auth().oauth2(source).when().post("/v3/jobs/{id}/reject", id).then().statusCode(200);

        for (String status : List.of("unscheduled", "scheduled", "canceled")) {
            given().auth().oauth2(source).contentType(ContentType.JSON)
                    .body(Map.of("status", status, "status_message", "Revived"))
                    .when().patch("/v3/jobs/{id}", id)
                    .then().statusCode(422)
                    .body("error.fields.status", contains("cannot change; a rejected job stays rejected"));
        }
        given().auth().oauth2(source).when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(422).body("error.fields", hasKey("status"));
        given().auth().oauth2(source).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200)
                .body("job.status", equalTo("rejected"))
                .body("job", not(hasKey("status_message")));
    }

    @Test
    void shouldAnswer404ToAnotherAccountOnEveryRoute() {
        long owner = JobSources.newAccount();
        String source = tokens.client(owner, ALL);
        long organization = JobSources.createOrganization(source, "Own");
        long customer = JobSources.createCustomer(source, joeShmo(organization));
        long id = createJob(source, fixTheToilet(customer, organization, "offered"));
        String other = tokens.client(JobSources.newAccount(), ALL);

        given().auth().oauth2(other).when().get("/v3/jobs/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("title", "Hijacked"))
                .when().patch("/v3/jobs/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).when().post("/v3/jobs/{id}/accept", id).then().statusCode(404);
        given().auth().oauth2(other).when().post("/v3/jobs/{id}/reject", id).then().statusCode(404);
        given().auth().oauth2(other).when().get("/v3/jobs").then().statusCode(200).body("meta.total", equalTo(0));
        given().auth().oauth2(other).contentType(ContentType.JSON).body(fixTheToilet(customer, organization, "offered"))
                .when().post("/v3/jobs").then().statusCode(422).body("error.fields", hasKey("organization_id"));
        given().auth().oauth2(tokens.user(JobSources.newAccount(), 501, organization, DISPATCHER, ALL))
                .when().get("/v3/jobs/{id}", id).then().statusCode(404);
        given().auth().oauth2(source).when().get("/v3/jobs/{id}", id)
                .then().statusCode(200).body("job.status", equalTo("offered"));
    }

    @Test
    void shouldRequireTheScopeOfEachRoute() {
        long account = JobSources.newAccount();
        String source = tokens.client(account, ALL);
        long organization = JobSources.createOrganization(source, "Own");
        long id = createJob(source, fixTheToilet(JobSources.createCustomer(source, joeShmo(organization)), organization,
                "offered"));

        given().auth().oauth2(tokens.client(account, "jobs:read")).when().post("/v3/jobs/{id}/accept", id)
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
        given().auth().oauth2(tokens.client(account, "jobs:write")).when().get("/v3/jobs")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputInEveryFieldNamingIt() {
        return new BadInputSweep(tokens.client(JobSources.newAccount(), ALL)).under("/v3/jobs");
    }
}
