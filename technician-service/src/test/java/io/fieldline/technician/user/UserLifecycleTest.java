package io.fieldline.technician.user;

import io.fieldline.technician.IdentityStub;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.Workforce;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicReader;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Passwords, updates, deactivation and restore of users, as the Users section of the API document describes them. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UserLifecycleTest {

    private static final String TOPIC = "fieldline.workforce.users";

    @InjectTestTokens
    TestTokens tokens;

    @IdentityStubResource.InjectIdentityStub
    IdentityStub identity;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldHandAPasswordToIdentityServiceAndNeverShowIt() {
        long account = Workforce.newAccount();
        Map<String, Object> body = jim(Map.of("password", "supersecretpassword"));

        long id = ((Number) given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(body)
                .when().post("/v3/users")
                .then().statusCode(201)
                .body("user", not(hasKey("password")))
                .extract().path("user.id")).longValue();

        List<IdentityStub.PasswordSet> calls = identity.passwordsSetFor(id);
        assertThat(calls, hasSize(1));
        assertThat(calls.get(0).body().getString("password"), equalTo("supersecretpassword"));
        assertThat(calls.get(0).body().getLong("account_id"), equalTo(account));
        assertThat(calls.get(0).authorization(), equalTo("Basic " + Base64.getEncoder()
                .encodeToString("technician-service:test-only-internal-secret-0123456789abcdef".getBytes())));
    }

    @Test
    void shouldTellIdentityServiceWhoMayLogInAsSoonAsAUserWithAPasswordIsCreated() {
        long account = Workforce.newAccount();

        long id = ((Number) given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(jim(Map.of("password", "supersecretpassword", "email", "jim@example.com")))
                .when().post("/v3/users")
                .then().statusCode(201)
                .extract().path("user.id")).longValue();

        List<IdentityStub.LoginLearned> logins = identity.loginsLearnedFor(id);
        assertThat(logins, hasSize(1));
        assertThat(logins.get(0).user().getString("email"), equalTo("jim@example.com"));
        assertThat(logins.get(0).user().getBoolean("active"), equalTo(true));
        assertThat(logins.get(0).user().getLong("version"), equalTo(1L));
        assertThat(logins.get(0).user().containsKey("password"), equalTo(false));
        assertThat(logins.get(0).authorization(), equalTo(identity.passwordsSetFor(id).get(0).authorization()));
    }

    @Test
    void shouldHandOverADeactivationAndARestoreSoThatTheNextLoginSeesThem() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long id = Workforce.createUser(writer, 10, "Jim", List.of("technician"));

        given().auth().oauth2(writer).when().delete("/v3/users/{id}", id).then().statusCode(204);
        List<IdentityStub.LoginLearned> logins = identity.loginsLearnedFor(id);
        assertThat(logins.get(logins.size() - 1).user().getBoolean("active"), equalTo(false));

        given().auth().oauth2(writer).when().post("/v3/users/{id}/restore", id).then().statusCode(200);
        logins = identity.loginsLearnedFor(id);
        assertThat(logins.get(logins.size() - 1).user().getBoolean("active"), equalTo(true));
        assertThat(logins.get(logins.size() - 1).user().getLong("version"), equalTo(3L));
    }

    @Test
    void shouldRefuseATooShortPasswordAndCreateNothing() {
        long account = Workforce.newAccount();
        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(jim(Map.of("password", "short")))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields.password[0]", equalTo("must be 8 to 128 characters"));
        assertThat(usersOf(account), equalTo(0L));
    }

    @Test
    void shouldCreateNothingWhenThePasswordCannotBeStored() {
        long account = Workforce.newAccount();
        whileIdentityServiceIsDown(() -> given().auth().oauth2(tokens.client(account, "users:write"))
                .contentType(ContentType.JSON).body(jim(Map.of("password", "supersecretpassword")))
                .when().post("/v3/users")
                .then().statusCode(503)
                .body("error.code", equalTo("service_unavailable")));
        assertThat(usersOf(account), equalTo(0L));
    }

    @Test
    void shouldHoldNoTransactionOpenWhileIdentityServiceIsSlow() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        identity.hold();
        try {
            CompletableFuture<Integer> created = CompletableFuture.supplyAsync(() -> given().auth().oauth2(writer)
                    .contentType(ContentType.JSON).body(jim(Map.of("password", "supersecretpassword")))
                    .when().post("/v3/users").statusCode());
            await().atMost(Duration.ofSeconds(4)).until(() -> !identity.passwordsSetInAccount(account).isEmpty());

            assertThat(openTransactions(), equalTo(0L));
            assertThat(usersOf(account), equalTo(0L));
            identity.answer();
            assertThat(created.join(), equalTo(201));
        } finally {
            identity.answer();
        }
        assertThat(usersOf(account), equalTo(1L));
    }

    @Test
    void shouldChangeNothingWhenAChangedPasswordCannotBeStored() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long id = Workforce.createUser(writer, 10, "Jim", List.of("technician"));
        whileIdentityServiceIsDown(() -> given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body(Map.of("first_name", "James", "password", "newpassword"))
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(503)
                .body("error.code", equalTo("service_unavailable")));
        given().auth().oauth2(tokens.client(account, "users:read")).when().get("/v3/users/{id}", id)
                .then().statusCode(200).body("user.first_name", equalTo("Jim"));
    }

    @Test
    void shouldUpdateOnlyTheGivenAttributesAndPublishTheNewVersion() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long id = Workforce.createUser(writer, 10, "Jim", List.of("technician"));

        try (TopicReader topic = new TopicReader(kafka, TOPIC)) {
            given().auth().oauth2(writer).contentType(ContentType.JSON)
                    .body(Map.of("first_name", "James", "roles", List.of("technician", "dispatcher")))
                    .when().patch("/v3/users/{id}", id)
                    .then().statusCode(200)
                    .body("user.first_name", equalTo("James"))
                    .body("user.last_name", equalTo("Johnson"))
                    .body("user.roles", contains("dispatcher", "technician"));

            JsonPath event = eventOf(topic, id, "fieldline.workforce.user.updated.v1");
            assertThat(event.getInt("version"), equalTo(2));
            assertThat(event.getString("first_name"), equalTo("James"));
        }
    }

    @Test
    void shouldRefuseClearingARequiredAttribute() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long id = Workforce.createUser(writer, 10, "Jim", List.of("technician"));
        Map<String, Object> clearing = new HashMap<>();
        clearing.put("first_name", null);
        clearing.put("roles", List.of());

        given().auth().oauth2(writer).contentType(ContentType.JSON).body(clearing)
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(422)
                .body("error.fields.first_name[0]", equalTo("is required"))
                .body("error.fields", hasKey("roles"));
    }

    @Test
    void shouldChangeAPasswordWithoutAnEvent() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long id = Workforce.createUser(writer, 10, "Jim", List.of("technician"));

        given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("password", "newpassword"))
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(200);

        assertThat(identity.passwordsSetFor(id).get(0).body().getString("password"), equalTo("newpassword"));
        long version = database.preparedQuery("SELECT version FROM workforce_user WHERE id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getLong(0);
        assertThat(version, equalTo(1L));
    }

    @Test
    void shouldDeactivateAndRestoreAUser() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long id = Workforce.createUser(writer, 10, "Jim", List.of("technician"));
        String reader = tokens.client(account, "technicians:read", "users:read");

        try (TopicReader topic = new TopicReader(kafka, TOPIC)) {
            given().auth().oauth2(writer).when().delete("/v3/users/{id}", id).then().statusCode(204);
            given().auth().oauth2(writer).when().delete("/v3/users/{id}", id).then().statusCode(204);

            given().auth().oauth2(reader).queryParam("id", id).when().get("/api/v1/technicians")
                    .then().statusCode(200)
                    .body("data.status", equalTo("Inactive"))
                    .body("data.availability_status", equalTo("Offline"));
            given().auth().oauth2(reader).when().get("/v3/users/{id}", id).then().statusCode(200);
            JsonPath deactivated = eventOf(topic, id, "fieldline.workforce.user.deactivated.v1");
            assertThat(deactivated.getBoolean("active"), equalTo(false));
            assertThat(deactivated.getInt("version"), equalTo(2));

            given().auth().oauth2(writer).when().post("/v3/users/{id}/restore", id)
                    .then().statusCode(200).body("user.id", equalTo((int) id));

            given().auth().oauth2(reader).queryParam("id", id).when().get("/api/v1/technicians")
                    .then().body("data.status", equalTo("Active"));
            JsonPath restored = eventOf(topic, id, "fieldline.workforce.user.restored.v1");
            assertThat(restored.getBoolean("active"), equalTo(true));
            assertThat(restored.getInt("version"), equalTo(3));
        }
    }

    @Test
    void shouldNotRestoreAUserWhoseEmailAnotherActiveUserTook() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        Map<String, Object> withEmail = jim(Map.of("email", "shared@example.com"));
        long first = ((Number) given().auth().oauth2(writer).contentType(ContentType.JSON).body(withEmail)
                .post("/v3/users").then().statusCode(201).extract().path("user.id")).longValue();
        given().auth().oauth2(writer).when().delete("/v3/users/{id}", first).then().statusCode(204);
        given().auth().oauth2(writer).contentType(ContentType.JSON).body(withEmail)
                .post("/v3/users").then().statusCode(201);

        given().auth().oauth2(writer).when().post("/v3/users/{id}/restore", first)
                .then().statusCode(409)
                .body("error.fields.email[0]", equalTo("is already used by another active user"));
    }

    @Test
    void shouldNotLetAUserTokenChangeAnotherOrganizationsUser() {
        long account = Workforce.newAccount();
        long theirs = Workforce.createUser(tokens.client(account, "users:write"), 20, "Jim", List.of("technician"));
        String user = tokens.user(account, 1, 10, List.of("dispatcher"), "users:write");

        given().auth().oauth2(user).contentType(ContentType.JSON).body(Map.of("first_name", "X"))
                .when().patch("/v3/users/{id}", theirs).then().statusCode(404);
        given().auth().oauth2(user).when().delete("/v3/users/{id}", theirs).then().statusCode(404);
    }

    private static Map<String, Object> jim(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("organization_id", 10, "first_name", "Jim",
                "last_name", "the Technician", "roles", List.of("technician")));
        body.putAll(extra);
        return body;
    }

    private void whileIdentityServiceIsDown(Runnable request) {
        identity.down();
        try {
            request.run();
        } finally {
            identity.up();
        }
    }

    /** Connections to this database that wait inside an open transaction, as a caller holding one does. */
    private long openTransactions() {
        return database.preparedQuery("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND state LIKE 'idle in transaction%'""")
                .execute().await().indefinitely().iterator().next().getLong(0);
    }

    private long usersOf(long account) {
        return database.preparedQuery("SELECT count(*) FROM workforce_user WHERE account_id = $1")
                .execute(Tuple.of(account)).await().indefinitely().iterator().next().getLong(0);
    }

    private static JsonPath eventOf(TopicReader topic, long id, String type) {
        ConsumerRecord<String, String> event = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                && type.equals(TopicReader.header(record, "ce_type")), Duration.ofSeconds(20));
        return JsonPath.from(event.value());
    }
}
