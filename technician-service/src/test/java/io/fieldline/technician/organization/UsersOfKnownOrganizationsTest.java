package io.fieldline.technician.organization;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStub;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.JobServiceStubResource.InjectJobServiceStub;
import io.fieldline.technician.Workforce;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

/**
 * A user joins only an existing organization of its account (issue 10): unknown, deleted or another account's is a 422
 * naming {@code organization_id}; one the events have not brought yet is asked of job-service and remembered.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UsersOfKnownOrganizationsTest {

    @InjectTestTokens
    TestTokens tokens;

    @InjectJobServiceStub
    JobServiceStub jobService;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldRefuseAUserOfAnOrganizationJobServiceDoesNotHaveAndCreateNothing() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.absent(organization);

        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(jim(organization))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.code", equalTo("validation_failed"))
                .body("error.fields", hasKey("organization_id"));

        assertNoUsers(account);
    }

    @Test
    void shouldRefuseAUserOfAnotherAccountsOrganization() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.organization(organization, Workforce.newAccount(), "first_party", false, 1);

        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(jim(organization))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields.organization_id", contains("must be an existing organization of your account"));
    }

    @Test
    void shouldRefuseAUserOfAnOrganizationDeletedByItsEventWithoutAskingJobService() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        try (TopicWriter events = new TopicWriter(kafka)) {
            events.send(OrganizationEvent.TOPIC, OrganizationEvent.DELETED.name(), String.valueOf(organization),
                    OrganizationEvents.organization(organization, account, "first_party", true, 2));
        }
        OrganizationEvents.awaitStored(database, organization, 2);

        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(jim(organization))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields", hasKey("organization_id"));

        assertThat(jobService.questionsAbout(organization), empty());
    }

    @Test
    void shouldRefuseAUserOfAnOrganizationJobServiceAnswersIsDeleted() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.organization(organization, account, "first_party", true, 3);

        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(jim(organization))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields", hasKey("organization_id"));
    }

    @Test
    void shouldCreateAUserOfAnOrganizationNotYetLearnedByAskingJobServiceOnceAndRememberingItsAnswer() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.organization(organization, account, "first_party", false, 4);
        String token = tokens.client(account, "users:write");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(jim(organization))
                .when().post("/v3/users")
                .then().statusCode(201).body("user.organization_id", equalTo((int) organization));
        Workforce.createUser(token, organization, "Dana", List.of("dispatcher"));

        assertThat(jobService.questionsAbout(organization), hasSize(1));
        assertThat(jobService.questionsAbout(organization).get(0).accountId(), equalTo(account));
        Row remembered = OrganizationEvents.awaitStored(database, organization, 4);
        assertThat(remembered.getLong("account_id"), equalTo(account));
        assertThat(remembered.getString("network"), equalTo("first_party"));
    }

    @Test
    void shouldLetOnlyANewerEventChangeWhatJobServiceAnswered() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.organization(organization, account, "first_party", false, 3);
        Workforce.createUser(tokens.client(account, "users:write"), organization, "Jim", List.of("technician"));

        try (TopicWriter events = new TopicWriter(kafka)) {
            events.send(OrganizationEvent.TOPIC, OrganizationEvent.CREATED.name(), String.valueOf(organization),
                    OrganizationEvents.organization(organization, account, "third_party", false, 2));
            events.send(OrganizationEvent.TOPIC, OrganizationEvent.UPDATED.name(), String.valueOf(organization),
                    OrganizationEvents.organization(organization, account, "first_party", true, 4));
        }

        Row newest = OrganizationEvents.awaitStored(database, organization, 4);
        assertThat(newest.getBoolean("deleted"), equalTo(true));
        assertThat(newest.getString("network"), equalTo("first_party"));
    }

    @Test
    void shouldAnswer503AndCreateNothingWhileJobServiceDoesNotAnswer() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.organization(organization, account, "first_party", false, 1);
        jobService.down();
        try {
            given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                    .body(jim(organization))
                    .when().post("/v3/users")
                    .then().statusCode(503)
                    .body("error.code", equalTo("service_unavailable"));
        } finally {
            jobService.up();
        }

        assertNoUsers(account);
    }

    @Test
    void shouldRefuseMovingAUserToAnUnknownOrganizationAndKeepItWhereItWas() {
        long account = Workforce.newAccount();
        String token = tokens.client(account, "users:write", "users:read");
        long user = Workforce.createUser(token, 10, "Jim", List.of("technician"));
        long unknown = OrganizationEvents.newId();
        jobService.absent(unknown);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", unknown, "first_name", "James"))
                .when().patch("/v3/users/{id}", user)
                .then().statusCode(422)
                .body("error.fields", hasKey("organization_id"));

        given().auth().oauth2(token)
                .when().get("/v3/users/{id}", user)
                .then().statusCode(200)
                .body("user.organization_id", equalTo(10))
                .body("user.first_name", equalTo("Jim"));
    }

    @Test
    void shouldMoveAUserToAnotherExistingOrganization() {
        long account = Workforce.newAccount();
        String token = tokens.client(account, "users:write");
        long user = Workforce.createUser(token, 10, "Jim", List.of("technician"));
        long organization = OrganizationEvents.newId();
        jobService.organization(organization, account, "first_party", false, 1);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", organization))
                .when().patch("/v3/users/{id}", user)
                .then().statusCode(200)
                .body("user.organization_id", equalTo((int) organization));
    }

    @Test
    void shouldRefuseATechnicianOfAnUnknownOrganizationOnTheManagementApi() {
        long account = Workforce.newAccount();
        long organization = OrganizationEvents.newId();
        jobService.absent(organization);

        given().auth().oauth2(tokens.client(account, "technicians:write")).contentType(ContentType.JSON)
                .body(Map.of("email", "jim@example.com", "name", "Jim Smith", "organization_id", organization))
                .when().post("/tech")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo("Invalid request: organization_id must be an existing organization of your"
                        + " account"));

        assertNoUsers(account);
    }

    private void assertNoUsers(long account) {
        given().auth().oauth2(tokens.client(account, "users:read"))
                .when().get("/v3/users")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    private static Map<String, Object> jim(long organization) {
        return Map.of("organization_id", organization, "first_name", "Jim", "last_name", "the Technician",
                "roles", List.of("technician"));
    }
}
