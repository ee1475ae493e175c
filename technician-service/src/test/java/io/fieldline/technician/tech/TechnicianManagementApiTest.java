package io.fieldline.technician.tech;

import io.fieldline.technician.IdentityStub;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.IdentityStubResource.InjectIdentityStub;
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
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code /tech}: every example request of {@code technician-management-api.txt}, answered as it documents, and a
 * technician created there is one user of the one model, seen and changed through {@code /v3/users} and
 * {@code /api/v1/technicians}. The seed's example emails are obfuscated in the document; {@code example.com} ones
 * stand in for them.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class TechnicianManagementApiTest {

    private static final String SUCCESS = "{\"result\":\"SUCCESS\",\"details\":{},\"errorDetails\":null}";

    @InjectTestTokens
    TestTokens tokens;

    @InjectIdentityStub
    IdentityStub identity;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldCreateATechnicianAsTheDocumentShows() {
        long account = companyWithADispatcherInOrganization(10);

        String answer = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body("""
                        {
                          "email": "john.doe@example.com",
                          "name": "John Doe",
                          "profile": "admin",
                          "language": "de",
                          "timezone": "Europe/Lisbon"
                        }""")
                .when().post("/tech")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();

        assertThat(answer, equalTo(SUCCESS));
        given().auth().oauth2(reader(account)).queryParam("filter[email_eq]", "john.doe@example.com")
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users[0].first_name", equalTo("John"))
                .body("users[0].last_name", equalTo("Doe"))
                .body("users[0].organization_id", equalTo(10))
                .body("users[0].roles", contains("dispatcher", "technician"));
        Row stored = stored(account, "john.doe@example.com");
        assertThat(stored.getString("language"), equalTo("de"));
        assertThat(stored.getString("timezone"), equalTo("Europe/Lisbon"));
    }

    @Test
    void shouldCreateTechniciansInBulkAsTheDocumentShows() {
        long account = companyWithADispatcherInOrganization(10);

        JsonPath answer = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body("""
                        [
                          {
                            "email": "tech1@example.com",
                            "name": "Tech One",
                            "profile": "admin",
                            "language": "en"
                          },
                          {
                            "email": "tech2@example.com",
                            "name": "Tech Two",
                            "profile": "support",
                            "language": "fr"
                          }
                        ]""")
                .when().post("/tech/bulk")
                .then().statusCode(200)
                .body("result", equalTo("SUCCESS"))
                .body("details.technicians.'tech1@example.com'", equalTo(Map.of("result", "SUCCESS")))
                .body("details.technicians.'tech2@example.com'", equalTo(Map.of("result", "SUCCESS")))
                .extract().jsonPath();

        assertThat(answer.getMap("details.technicians").keySet(), contains("tech1@example.com", "tech2@example.com"));
        given().auth().oauth2(reader(account)).queryParam("filter[by_user_roles]", "technician")
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.email", contains("tech1@example.com", "tech2@example.com"))
                .body("users[0].roles", contains("dispatcher", "technician"))
                .body("users[1].roles", contains("technician"));
        given().auth().oauth2(reader(account)).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.first_name", contains("Tech", "Tech"))
                .body("data.last_name", contains("One", "Two"))
                .body("data.status", contains("Active", "Active"));
    }

    @Test
    void shouldDisableAndEnableATechnicianAsTheDocumentShows() {
        long account = companyWithADispatcherInOrganization(10);
        long id = createThroughTech(account, "jane@example.com", "Jane Roe");

        try (TopicReader topic = new TopicReader(kafka, "fieldline.workforce.users")) {
            String disabled = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                    .body("{\"status\": \"disabled\"}")
                    .when().put("/tech/{techUsername}", "jane@example.com")
                    .then().statusCode(200).extract().asString();

            assertThat(disabled, equalTo(SUCCESS));
            given().auth().oauth2(reader(account)).queryParam("id", id).when().get("/api/v1/technicians")
                    .then().statusCode(200).body("data.status", equalTo("Inactive"));
            ConsumerRecord<String, String> event = topic.awaitRecord(record -> record.key().equals(String.valueOf(id))
                            && "fieldline.workforce.user.deactivated.v1".equals(TopicReader.header(record, "ce_type")),
                    Duration.ofSeconds(20));
            assertThat(JsonPath.from(event.value()).getBoolean("active"), equalTo(false));
            assertThat(identity.loginsLearnedFor(id).get(identity.loginsLearnedFor(id).size() - 1).user()
                    .getBoolean("active"), equalTo(false));
        }

        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"enabled\"}")
                .when().put("/tech/{techUsername}", "Jane@Example.com")
                .then().statusCode(200).body("result", equalTo("SUCCESS"));
        given().auth().oauth2(reader(account)).queryParam("id", id).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.status", equalTo("Active"));
    }

    @Test
    void shouldPublishTheCreatedTechnicianAsAWorkforceUser() {
        long account = companyWithADispatcherInOrganization(10);
        try (TopicReader topic = new TopicReader(kafka, "fieldline.workforce.users")) {
            long id = createThroughTech(account, "eve@example.com", "Eve Adams");

            ConsumerRecord<String, String> event = topic.awaitRecord(record -> record.key().equals(String.valueOf(id)),
                    Duration.ofSeconds(20));
            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.workforce.user.created.v1"));
            JsonPath data = JsonPath.from(event.value());
            assertThat(data.getString("email"), equalTo("eve@example.com"));
            assertThat(data.getList("roles"), contains("technician"));
        }
    }

    @Test
    void shouldLetTheOtherSurfacesChangeATechnicianCreatedHere() {
        long account = companyWithADispatcherInOrganization(10);
        long id = createThroughTech(account, "max@example.com", "Max Power");

        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(Map.of("first_name", "Maxine", "email", "maxine@example.com"))
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(200);
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"disabled\"}")
                .when().put("/tech/{techUsername}", "maxine@example.com")
                .then().statusCode(200);

        given().auth().oauth2(reader(account)).queryParam("id", id).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.first_name", equalTo("Maxine"))
                .body("data.email", equalTo("maxine@example.com"))
                .body("data.status", equalTo("Inactive"));
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"enabled\"}")
                .when().put("/tech/{techUsername}", "max@example.com")
                .then().statusCode(404)
                .body("status", equalTo(404))
                .body("message", equalTo("Technician not found"));
    }

    @Test
    void shouldAnswerATakenEmailWith409AsTheDocumentShows() {
        long account = companyWithADispatcherInOrganization(10);
        createThroughTech(account, "john.doe@example.com", "John Doe");

        String answer = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(Map.of("email", "John.Doe@example.com", "name", "Another John"))
                .when().post("/tech")
                .then().statusCode(409).extract().asString();

        assertThat(answer, equalTo("{\"status\":409,\"message\":\"Email already exists\"}"));
    }

    @Test
    void shouldChangeTheActiveTechnicianOfAnEmailThatWasGivenAgain() {
        long account = companyWithADispatcherInOrganization(10);
        createThroughTech(account, "sam@example.com", "Sam First");
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"disabled\"}")
                .when().put("/tech/{techUsername}", "sam@example.com").then().statusCode(200);
        long second = createThroughTech(account, "sam@example.com", "Sam Second");

        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"disabled\"}")
                .when().put("/tech/{techUsername}", "sam@example.com")
                .then().statusCode(200);

        given().auth().oauth2(reader(account)).queryParam("id", second).when().get("/api/v1/technicians")
                .then().body("data.status", equalTo("Inactive"));
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"enabled\"}")
                .when().put("/tech/{techUsername}", "sam@example.com")
                .then().statusCode(200);
        given().auth().oauth2(reader(account)).queryParam("status", "Active").when().get("/api/v1/technicians")
                .then().body("data.technician_id", contains((int) second));
    }

    @Test
    void shouldAnswer409WhenEnablingATechnicianWhoseEmailAnActiveDispatcherTook() {
        long account = companyWithADispatcherInOrganization(10);
        createThroughTech(account, "kim@example.com", "Kim Tech");
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"disabled\"}")
                .when().put("/tech/{techUsername}", "kim@example.com").then().statusCode(200);
        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Kim", "last_name", "Desk", "roles", List.of("dispatcher"),
                        "email", "kim@example.com"))
                .when().post("/v3/users").then().statusCode(201);

        String answer = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body("{\"status\": \"enabled\"}")
                .when().put("/tech/{techUsername}", "kim@example.com")
                .then().statusCode(409).extract().asString();

        assertThat(answer, equalTo("{\"status\":409,\"message\":\"Email already exists\"}"));
    }

    @Test
    void shouldPutATechnicianIntoTheOrganizationItNamesOrAUserTokensOwn() {
        long account = companyWithADispatcherInOrganization(10);
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(Map.of("email", "org@example.com", "name", "Org Named", "organization_id", 30))
                .when().post("/tech").then().statusCode(200);
        given().auth().oauth2(tokens.user(account, 1, 20, List.of("dispatcher"), "technicians:write"))
                .contentType(ContentType.JSON).body(Map.of("email", "own@example.com", "name", "Own Org"))
                .when().post("/tech").then().statusCode(200);

        given().auth().oauth2(reader(account)).queryParam("filter[email_eq]", "org@example.com").when().get("/v3/users")
                .then().body("users[0].organization_id", equalTo(30));
        given().auth().oauth2(reader(account)).queryParam("filter[email_eq]", "own@example.com").when().get("/v3/users")
                .then().body("users[0].organization_id", equalTo(20));
    }

    @Test
    void shouldHandNoLoginToIdentityServiceForATechnicianWithoutAPassword() {
        long account = companyWithADispatcherInOrganization(10);
        long id = createThroughTech(account, "nopass@example.com", "No Pass");

        assertThat(identity.passwordsSetFor(id), equalTo(List.of()));
        assertThat(stored(account, "nopass@example.com").getOffsetDateTime("deactivated_at"), nullValue());
    }

    @Test
    void shouldKeepEveryItemsResultInRequestOrder() {
        long account = companyWithADispatcherInOrganization(10);
        JsonPath answer = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(List.of(Map.of("email", "c@example.com", "name", "C C"), Map.of("email", "a@example.com", "name", "A A"),
                        Map.of("email", "b@example.com", "name", "B B")))
                .when().post("/tech/bulk")
                .then().statusCode(200).extract().jsonPath();

        assertThat(answer.getMap("details.technicians").keySet(),
                contains("c@example.com", "a@example.com", "b@example.com"));
        given().auth().oauth2(reader(account)).queryParam("filter[by_user_roles]", "technician").when().get("/v3/users")
                .then().body("users.email", containsInAnyOrder("a@example.com", "b@example.com", "c@example.com"));
    }

    /** A new account whose first user, a dispatcher, works in {@code organization}: the company the seed assumes. */
    private long companyWithADispatcherInOrganization(long organization) {
        long account = Workforce.newAccount();
        Workforce.createUser(tokens.client(account, "users:write"), organization, "Dora", List.of("dispatcher"));
        return account;
    }

    private long createThroughTech(long account, String email, String name) {
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", name))
                .when().post("/tech")
                .then().statusCode(200);
        return given().auth().oauth2(reader(account)).queryParam("filter[email_eq]", email)
                .when().get("/v3/users")
                .then().statusCode(200).extract().jsonPath().getLong("users[-1].id");
    }

    private String manager(long account) {
        return tokens.client(account, "technicians:write");
    }

    private String reader(long account) {
        return tokens.client(account, "users:read", "technicians:read");
    }

    private Row stored(long account, String email) {
        return database.preparedQuery("SELECT language, timezone, deactivated_at FROM workforce_user"
                        + " WHERE account_id = $1 AND email = $2")
                .execute(Tuple.of(account, email)).await().indefinitely().iterator().next();
    }
}
