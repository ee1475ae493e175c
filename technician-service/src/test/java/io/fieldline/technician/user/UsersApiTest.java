package io.fieldline.technician.user;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** {@code /v3/users}, as the Users section of {@code dispatch-rest-api-v3.md} specifies it, and the events it emits. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UsersApiTest {

    @InjectTestTokens
    TestTokens tokens;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Test
    void shouldCreateAUserAsTheDocumentShows() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Jim", "last_name", "the Technician",
                        "roles", List.of("technician"), "phone_number", "+15551234567",
                        "email", "jim@joesplumbing.com"))
                .when().post("/v3/users")
                .then().statusCode(201)
                .body("user.id", notNullValue())
                .body("user.organization_id", equalTo(10))
                .body("user.first_name", equalTo("Jim"))
                .body("user.last_name", equalTo("the Technician"))
                .body("user.roles", contains("technician"))
                .body("user.phone_number", equalTo("+15551234567"))
                .body("user.email", equalTo("jim@joesplumbing.com"));
    }

    @Test
    void shouldLocateACreatedUserAtThePublicUrlTheGatewayForwardedFor() {
        String location = given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.fieldline.example:8443")
                .header("X-Forwarded-For", "203.0.113.7")
                .contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Jim", "last_name", "T", "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(201)
                .extract().header("Location");

        assertThat(location, matchesPattern("https://api\\.fieldline\\.example:8443/v3/users/[1-9][0-9]*"));
    }

    @Test
    void shouldShowACreatedUser() {
        long account = Workforce.newAccount();
        long id = Workforce.createUser(tokens.client(account, "users:write"), 10, "Jim", List.of("dispatcher", "technician"));

        given().auth().oauth2(tokens.client(account, "users:read"))
                .when().get("/v3/users/{id}", id)
                .then().statusCode(200)
                .body("user.id", equalTo((int) id))
                .body("user.roles", contains("dispatcher", "technician"));
    }

    @Test
    void shouldNameEveryMissingRequiredField() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .contentType(ContentType.JSON).body(Map.of("email", "not-an-email"))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.code", equalTo("validation_failed"))
                .body("error.fields.organization_id[0]", equalTo("is required"))
                .body("error.fields.first_name[0]", equalTo("is required"))
                .body("error.fields.last_name[0]", equalTo("is required"))
                .body("error.fields", hasKey("roles"))
                .body("error.fields.email[0]", equalTo("must be an email address"))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldRefuseAnUnknownRole() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("organization_id", "10", "first_name", "Jim", "last_name", "T", "roles", List.of("plumber")))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields.'roles[0]'[0]", equalTo(
                        "has unknown role \"plumber\": valid roles are \"dispatcher\" and \"technician\""));
    }

    @Test
    void shouldRefuseAWrongTypeNamingTheField() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .contentType(ContentType.JSON)
                .body("{\"organization_id\": 10, \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": \"technician\"}")
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields.roles[0]", equalTo("must be an array"));
    }

    @Test
    void shouldRefuseASecondActiveUserWithTheSameEmailAndEmitNothingForIt() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        Map<String, Object> jim = Map.of("organization_id", 10, "first_name", "Jim", "last_name", "T",
                "roles", List.of("technician"), "email", "jim@example.com");
        given().auth().oauth2(writer).contentType(ContentType.JSON).body(jim).post("/v3/users").then().statusCode(201);

        given().auth().oauth2(writer).contentType(ContentType.JSON).body(jim)
                .when().post("/v3/users")
                .then().statusCode(409)
                .body("error.code", equalTo("conflict"))
                .body("error.message", equalTo("Email already exists"))
                .body("error.fields.email[0]", equalTo("is already used by another active user"));
        long users = database.preparedQuery("SELECT count(*) AS n FROM workforce_user WHERE account_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(account)).await().indefinitely().iterator().next().getLong("n");
        assertThat(users, equalTo(1L));
    }

    @Test
    void shouldAnswerHeadAsGetWithoutABody() {
        long account = Workforce.newAccount();
        long id = Workforce.createUser(tokens.client(account, "users:write"), 10, "Jim", List.of("technician"));

        given().auth().oauth2(tokens.client(account, "users:read"))
                .when().head("/v3/users/{id}", id)
                .then().statusCode(200).body(equalTo(""));
        given().auth().oauth2(tokens.client(account, "users:read"))
                .when().head("/v3/users/{id}", id + 1000)
                .then().statusCode(404);
    }

    @Test
    void shouldAnswerNotFoundForAnotherAccountsUser() {
        long theirs = Workforce.createUser(tokens.client(Workforce.newAccount(), "users:write"), 10, "Jim",
                List.of("technician"));

        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:read"))
                .when().get("/v3/users/{id}", theirs)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
    }

    @Test
    void shouldLetAUserTokenCreateUsersOnlyInItsOwnOrganization() {
        long account = Workforce.newAccount();
        given().auth().oauth2(tokens.user(account, 1, 10, List.of("dispatcher"), "users:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("organization_id", 20, "first_name", "Jim", "last_name", "T", "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields.organization_id[0]", equalTo("must be your own organization"));
    }

    @Test
    void shouldRequireTheUsersWriteScopeToCreate() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:read"))
                .contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Jim", "last_name", "T", "roles", List.of("technician")))
                .when().post("/v3/users")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    @Test
    void shouldPublishACloudEventForACreatedUser() {
        long account = Workforce.newAccount();
        try (TopicReader topic = new TopicReader(kafka, "fieldline.workforce.users")) {
            long id = Workforce.createUser(tokens.client(account, "users:write"), 10, "Jim", List.of("technician"));

            ConsumerRecord<String, String> event = topic.awaitRecord(r -> r.key().equals(String.valueOf(id)),
                    Duration.ofSeconds(20));

            assertThat(TopicReader.header(event, "ce_type"), equalTo("fieldline.workforce.user.created.v1"));
            assertThat(TopicReader.header(event, "ce_source"), equalTo("/fieldline/technician-service"));
            assertThat(TopicReader.header(event, "ce_subject"), equalTo(String.valueOf(id)));
            assertThat(TopicReader.header(event, "ce_accountid"), equalTo(String.valueOf(account)));
            assertThat(TopicReader.header(event, "ce_id"), notNullValue());
            assertThat(TopicReader.header(event, "ce_time"), notNullValue());
            assertThat(TopicReader.header(event, "content-type"), equalTo("application/json"));
            JsonPath data = JsonPath.from(event.value());
            assertThat(data.getLong("id"), equalTo(id));
            assertThat(data.getLong("account_id"), equalTo(account));
            assertThat(data.getInt("version"), equalTo(1));
            assertThat(data.getBoolean("active"), equalTo(true));
            assertThat(data.getList("roles"), contains("technician"));
            assertThat(data.getMap("$"), not(hasKey("password")));
        }
    }
}
