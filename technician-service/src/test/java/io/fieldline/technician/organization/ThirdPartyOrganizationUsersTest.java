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
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * On a third-party organization the account only reads users (seed: Users, "Access Control"; issue 10): a job source's
 * writes are 403 and change nothing, while the organization's own users still write its users.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class ThirdPartyOrganizationUsersTest {

    @InjectTestTokens
    TestTokens tokens;

    @InjectJobServiceStub
    JobServiceStub jobService;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    long account;
    long partner;
    String jobSource;
    /** A dispatcher of the partner organization itself. */
    String partnersDispatcher;

    @BeforeEach
    void aThirdPartyOrganization() {
        account = Workforce.newAccount();
        partner = OrganizationEvents.newId();
        jobService.organization(partner, account, "third_party", false, 1);
        jobSource = tokens.client(account, "users:read", "users:write", "technicians:read", "technicians:write");
        partnersDispatcher = tokens.user(account, 1, partner, List.of("dispatcher"), "users:read", "users:write");
    }

    @Test
    void shouldLetTheOrganizationsOwnDispatcherWriteItsUsersAndTheJobSourceReadThem() {
        long mike = Workforce.createUser(partnersDispatcher, partner, "Mike", List.of("technician"));
        given().auth().oauth2(partnersDispatcher).contentType(ContentType.JSON).body(Map.of("first_name", "Michael"))
                .when().patch("/v3/users/{id}", mike)
                .then().statusCode(200);

        given().auth().oauth2(jobSource)
                .when().get("/v3/users/{id}", mike)
                .then().statusCode(200).body("user.first_name", equalTo("Michael"));
        given().auth().oauth2(jobSource).queryParam("filter[organization_id_eq]", partner)
                .when().get("/v3/users")
                .then().statusCode(200).body("users.id", contains((int) mike));
    }

    @Test
    void shouldForbidAJobSourceToCreateAUserOfAThirdPartyOrganization() {
        given().auth().oauth2(jobSource).contentType(ContentType.JSON)
                .body(Map.of("organization_id", partner, "first_name", "Jim", "last_name", "T",
                        "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(403)
                .body("error.code", equalTo("forbidden"))
                .body("error.message", equalTo("The users of a third-party organization are read-only to your account"))
                .body("request_id", notNullValue());

        given().auth().oauth2(jobSource).queryParam("filter[organization_id_eq]", partner)
                .when().get("/v3/users")
                .then().statusCode(200).body("meta.total", equalTo(0));
    }

    @Test
    void shouldForbidAJobSourceToChangeDeactivateOrRestoreAUserOfAThirdPartyOrganizationAndChangeNothing() {
        long mike = Workforce.createUser(partnersDispatcher, partner, "Mike", List.of("technician"));
        long dana = Workforce.createUser(partnersDispatcher, partner, "Dana", List.of("dispatcher", "technician"));
        given().auth().oauth2(partnersDispatcher).when().delete("/v3/users/{id}", dana).then().statusCode(204);

        given().auth().oauth2(jobSource).contentType(ContentType.JSON).body(Map.of("first_name", "Michael"))
                .when().patch("/v3/users/{id}", mike)
                .then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().auth().oauth2(jobSource).when().delete("/v3/users/{id}", mike)
                .then().statusCode(403).body("error.code", equalTo("forbidden"));
        given().auth().oauth2(jobSource).when().post("/v3/users/{id}/restore", dana)
                .then().statusCode(403).body("error.code", equalTo("forbidden"));

        given().auth().oauth2(jobSource).queryParam("filter[organization_id_eq]", partner)
                .when().get("/v3/users")
                .then().statusCode(200).body("users.first_name", contains("Mike", "Dana"));
        given().auth().oauth2(jobSource).queryParam("status", "Active")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", hasSize(1)).body("data[0].technician_id", equalTo((int) mike));
        given().auth().oauth2(jobSource).queryParam("status", "Inactive")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", hasSize(1)).body("data[0].technician_id", equalTo((int) dana));
    }

    @Test
    void shouldForbidAJobSourceToMoveItsOwnUserIntoAThirdPartyOrganization() {
        long jim = Workforce.createUser(jobSource, 10, "Jim", List.of("technician"));

        given().auth().oauth2(jobSource).contentType(ContentType.JSON).body(Map.of("organization_id", partner))
                .when().patch("/v3/users/{id}", jim)
                .then().statusCode(403).body("error.code", equalTo("forbidden"));

        given().auth().oauth2(jobSource).when().get("/v3/users/{id}", jim)
                .then().statusCode(200).body("user.organization_id", equalTo(10));
    }

    @Test
    void shouldTakeTheNetworkFromTheOrganizationsEvents() {
        long learned = OrganizationEvents.newId();
        try (TopicWriter events = new TopicWriter(kafka)) {
            events.send(OrganizationEvent.TOPIC, OrganizationEvent.CREATED.name(), String.valueOf(learned),
                    OrganizationEvents.organization(learned, account, "third_party", false, 1));
        }
        OrganizationEvents.awaitStored(database, learned, 1);

        given().auth().oauth2(jobSource).contentType(ContentType.JSON)
                .body(Map.of("organization_id", learned, "first_name", "Jim", "last_name", "T",
                        "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(403);
    }

    @Test
    void shouldForbidTheManagementApiToCreateOrDisableATechnicianOfAThirdPartyOrganization() {
        given().auth().oauth2(jobSource).contentType(ContentType.JSON)
                .body(Map.of("email", "jim@example.com", "name", "Jim Smith", "organization_id", partner))
                .when().post("/tech")
                .then().statusCode(403)
                .body("status", equalTo(403))
                .body("message", equalTo("The users of a third-party organization are read-only to your account"));

        given().auth().oauth2(partnersDispatcher).contentType(ContentType.JSON)
                .body(Map.of("organization_id", partner, "first_name", "Mike", "last_name", "T",
                        "roles", List.of("technician"), "email", "mike@example.com"))
                .when().post("/v3/users").then().statusCode(201);
        given().auth().oauth2(jobSource).contentType(ContentType.JSON).body(Map.of("status", "disabled"))
                .when().put("/tech/{techUsername}", "mike@example.com")
                .then().statusCode(403).body("status", equalTo(403));
    }
}
