package io.fieldline.technician.organization;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.technician.IdentityStub;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.IdentityStubResource.InjectIdentityStub;
import io.fieldline.technician.JobServiceStubResource;
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
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * An organization created with {@code create_user: true} gets its initial user from its created event (seed:
 * Organizations, "Create an initial user for organization"), once, and none when its email is taken.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class InitialUserTest {

    private static final String CREATED = OrganizationEvent.CREATED.name();

    @InjectTestTokens
    TestTokens tokens;

    @InjectIdentityStub
    IdentityStub identity;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    TopicWriter events;
    long account;
    long organization;

    @BeforeEach
    void anOrganization() {
        events = new TopicWriter(kafka);
        account = Workforce.newAccount();
        organization = OrganizationEvents.newId();
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void shouldCreateADispatcherAndTechnicianWithTheOrganizationsEmailAndNameAndNoPassword() {
        events.send(OrganizationEvent.TOPIC, CREATED, key(),
                OrganizationEvents.organization(organization, account, null, false, 1, true, "joe@joesplumbing.com"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> usersOfOrganization().<Integer>path("meta.total"), equalTo(1));
        given().auth().oauth2(tokens.client(account, "users:read")).queryParam("filter[organization_id_eq]", organization)
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users[0].roles", contains("dispatcher", "technician"))
                .body("users[0].email", equalTo("joe@joesplumbing.com"))
                .body("users[0].first_name", equalTo("Joe's Plumbing"))
                .body("users[0].organization_id", equalTo((int) organization));
        assertThat(identity.passwordsSetInAccount(account), empty());
    }

    @Test
    void shouldCreateNoSecondUserForARedeliveredCreatedEvent() {
        String created = OrganizationEvents.organization(organization, account, null, false, 1, true, "joe@joesplumbing.com");
        events.send(OrganizationEvent.TOPIC, CREATED, key(), created);
        events.send(OrganizationEvent.TOPIC, CREATED, key(), created);
        events.send(OrganizationEvent.TOPIC, OrganizationEvent.UPDATED.name(), key(),
                OrganizationEvents.organization(organization, account, null, false, 2, true, "joe@joesplumbing.com"));

        OrganizationEvents.awaitStored(database, organization, 2);
        usersOfOrganization().then().body("meta.total", equalTo(1));
    }

    @Test
    void shouldCreateNoUserWhenAnActiveUserOfTheAccountHasTheEmailAndConsumeTheEvent() {
        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Joe", "last_name", "Owner",
                        "roles", List.of("dispatcher"), "email", "JOE@joesplumbing.com"))
                .when().post("/v3/users").then().statusCode(201);

        events.send(OrganizationEvent.TOPIC, CREATED, key(),
                OrganizationEvents.organization(organization, account, null, false, 1, true, "joe@joesplumbing.com"));
        events.send(OrganizationEvent.TOPIC, OrganizationEvent.UPDATED.name(), key(),
                OrganizationEvents.organization(organization, account, null, false, 2, true, "joe@joesplumbing.com"));

        OrganizationEvents.awaitStored(database, organization, 2);
        usersOfOrganization().then().body("meta.total", equalTo(0));
        long marked = database.preparedQuery("SELECT count(*) AS marked FROM organization_initial_user"
                        + " WHERE organization_id = $1").execute(Tuple.of(organization))
                .await().indefinitely().iterator().next().getLong("marked");
        assertThat(marked, equalTo(0L));
    }

    @Test
    void shouldCreateNoUserForAnOrganizationThatAsksForNone() {
        events.send(OrganizationEvent.TOPIC, CREATED, key(),
                OrganizationEvents.organization(organization, account, null, false, 1, false, "joe@joesplumbing.com"));
        events.send(OrganizationEvent.TOPIC, OrganizationEvent.UPDATED.name(), key(),
                OrganizationEvents.organization(organization, account, null, false, 2, false, "joe@joesplumbing.com"));

        OrganizationEvents.awaitStored(database, organization, 2);
        usersOfOrganization().then().body("meta.total", equalTo(0));
    }

    @Test
    void shouldCreateTheInitialUserOfAThirdPartyOrganization() {
        events.send(OrganizationEvent.TOPIC, CREATED, key(), OrganizationEvents.organization(organization, account,
                "third_party", false, 1, true, "partner@example.com"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> usersOfOrganization().<Integer>path("meta.total"), equalTo(1));
    }

    private Response usersOfOrganization() {
        return given().auth().oauth2(tokens.client(account, "users:read"))
                .queryParam("filter[organization_id_eq]", organization)
                .when().get("/v3/users");
    }

    private String key() {
        return String.valueOf(organization);
    }
}
