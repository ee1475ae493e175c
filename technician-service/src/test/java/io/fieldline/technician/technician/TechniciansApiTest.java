package io.fieldline.technician.technician;

import io.fieldline.testkit.ManagementPort;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.Workforce;
import io.fieldline.testkit.BadInputSweep;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.fieldline.testkit.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The read-only technicians API, as {@code technicians-read-api.txt} specifies it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class TechniciansApiTest {

    private static final String ISO_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @InjectTestTokens
    TestTokens tokens;

    @Inject
    Pool database;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Test
    void shouldListNoTechniciansForANewCompany() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data", empty())
                .body("pagination.page", equalTo(1))
                .body("pagination.per_page", equalTo(50))
                .body("pagination.total", equalTo(0))
                .body("pagination.total_pages", equalTo(0))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldListOnlyTechniciansWithTheDocumentedFields() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long mike = Workforce.createUser(writer, 10, "Mike", List.of("technician"));
        Workforce.createUser(writer, 10, "Dana", List.of("dispatcher"));

        given().auth().oauth2(tokens.client(account, "technicians:read"))
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].technician_id", equalTo((int) mike))
                .body("data[0].first_name", equalTo("Mike"))
                .body("data[0].last_name", equalTo("Johnson"))
                .body("data[0].status", equalTo("Active"))
                .body("data[0].availability_status", equalTo("Available"))
                .body("data[0].vehicle_type", nullValue())
                .body("data[0].transport_modes", empty())
                .body("data[0].created_at", matchesPattern(ISO_UTC))
                .body("data[0].updated_at", matchesPattern(ISO_UTC))
                .body("pagination.total", equalTo(1));
    }

    @Test
    void shouldPageWithPageAndPerPage() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        Workforce.createUser(writer, 10, "First", List.of("technician"));
        long second = Workforce.createUser(writer, 10, "Second", List.of("technician", "dispatcher"));
        Workforce.createUser(writer, 10, "Third", List.of("technician"));

        given().auth().oauth2(tokens.client(account, "technicians:read"))
                .queryParam("page", 2).queryParam("per_page", 1)
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.technician_id", contains((int) second))
                .body("pagination.page", equalTo(2))
                .body("pagination.per_page", equalTo(1))
                .body("pagination.total", equalTo(3))
                .body("pagination.total_pages", equalTo(3));
    }

    @Test
    void shouldCapPerPageAtOneHundredAsTheSeedsMaximum() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .queryParam("per_page", 101)
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("pagination.per_page", equalTo(100));
    }

    @Test
    void shouldRefuseABadPageNamingTheParameter() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .queryParam("page", 0).queryParam("per_page", "ten")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields.page[0]", equalTo("must be an integer from 1 to 2147483647"))
                .body("error.fields.per_page[0]", equalTo("must be an integer of at least 1"));
    }

    @Test
    void shouldRefuseAnEmptyIdRatherThanListAgainstTheGetQuota() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .queryParam("id", "")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.fields.id[0]", equalTo("must not be empty"));
    }

    @Test
    void shouldRefuseAnEmptyPageOrFilterNamingTheParameter() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .queryParam("per_page", "").queryParam("status", "")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.fields.per_page[0]", equalTo("must not be empty"))
                .body("error.fields.status[0]", equalTo("must not be empty"));
    }

    @Test
    void shouldRefuseAnIdGivenTwiceNamingIt() {
        long account = Workforce.newAccount();
        long mike = Workforce.createUser(tokens.client(account, "users:write"), 10, "Mike", List.of("technician"));
        given().auth().oauth2(tokens.client(account, "technicians:read"))
                .queryParam("id", mike, mike + 1)
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields.id[0]", equalTo("is given more than once"))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldRefuseASecondAuthorizationHeader() {
        String token = tokens.client(Workforce.newAccount(), "technicians:read");
        given().header("Authorization", "Bearer " + token).header("Authorization", "Bearer other")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.fields.Authorization[0]", equalTo("is given more than once"));
    }

    @Test
    void shouldFilterByStatusAndAvailability() {
        long account = Workforce.newAccount();
        Workforce.createUser(tokens.client(account, "users:write"), 10, "Mike", List.of("technician"));
        String reader = tokens.client(account, "technicians:read");

        given().auth().oauth2(reader).queryParam("status", "Active").queryParam("availability_status", "Available")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", hasSize(1));
        given().auth().oauth2(reader).queryParam("status", "Inactive")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        given().auth().oauth2(reader).queryParam("availability_status", "Busy")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        given().auth().oauth2(reader).queryParam("status", "inactive")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty()).body("pagination.total", equalTo(0));
    }

    @Test
    void shouldListOnlyTheOrganizationOfAUserToken() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long own = Workforce.createUser(writer, 10, "Own", List.of("technician"));
        Workforce.createUser(writer, 20, "Other", List.of("technician"));

        given().auth().oauth2(tokens.user(account, own, 10, List.of("dispatcher"), "technicians:read"))
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.technician_id", contains((int) own))
                .body("pagination.total", equalTo(1));
    }

    @Test
    void shouldNameTheListParametersInTheApiDocument() {
        given().port(ManagementPort.get()).queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/technicians'.get.parameters.name",
                        hasItems("id", "page", "per_page", "status", "availability_status"));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseBadInputInEveryParameter() {
        return new BadInputSweep(tokens.client(Workforce.newAccount(), "technicians:read")).under("/api/v1/technicians");
    }

    @Test
    void shouldRefuseAnUnknownStatusNamingTheParameter() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .queryParam("status", "Sleeping")
                .when().get("/api/v1/technicians")
                .then().statusCode(400)
                .body("error.fields.status[0]", equalTo("must be one of Active, Inactive"));
    }

    @Test
    void shouldShowOneTechnicianWithContactSkillsAndSchedule() {
        long account = Workforce.newAccount();
        long mike = Workforce.createUser(tokens.client(account, "users:write"), 10, "Mike", List.of("technician"));
        long hvac = database.preparedQuery("INSERT INTO skill_category (account_id, name) VALUES ($1, 'HVAC Repair') RETURNING id")
                .execute(Tuple.of(account)).await().indefinitely().iterator().next().getLong("id");
        database.preparedQuery("INSERT INTO technician_skill (user_id, skill_category_id, skill_level) VALUES ($1, $2, 5)")
                .execute(Tuple.of(mike, hvac)).await().indefinitely();
        database.preparedQuery("INSERT INTO weekly_schedule VALUES ($1, 1, '08:00', '17:00', true)")
                .execute(Tuple.of(mike)).await().indefinitely();

        given().auth().oauth2(tokens.client(account, "technicians:read"))
                .queryParam("id", mike)
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.technician_id", equalTo((int) mike))
                .body("data.status", equalTo("Active"))
                .body("data.skills[0].skill_category_id", equalTo((int) hvac))
                .body("data.skills[0].skill_name", equalTo("HVAC Repair"))
                .body("data.skills[0].skill_level", equalTo(5))
                .body("data.schedule[0].day_of_week", equalTo(1))
                .body("data.schedule[0].start_time", equalTo("08:00:00"))
                .body("data.schedule[0].end_time", equalTo("17:00:00"))
                .body("data.schedule[0].is_available", equalTo(true))
                .body("pagination", nullValue())
                .body("request_id", notNullValue());
    }

    @Test
    void shouldAnswerNotFoundForAnotherCompanysTechnician() {
        long other = Workforce.createUser(tokens.client(Workforce.newAccount(), "users:write"), 10, "Mike",
                List.of("technician"));

        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .queryParam("id", other)
                .when().get("/api/v1/technicians")
                .then().statusCode(404)
                .body("error.code", equalTo("not_found"));
    }

    @Test
    void shouldAnswerNotFoundForADispatcherWhoIsNoTechnician() {
        long account = Workforce.newAccount();
        long dana = Workforce.createUser(tokens.client(account, "users:write"), 10, "Dana", List.of("dispatcher"));

        given().auth().oauth2(tokens.client(account, "technicians:read"))
                .queryParam("id", dana)
                .when().get("/api/v1/technicians")
                .then().statusCode(404);
    }

    @Test
    void shouldShowAUserTokenOnlyItsOwnOrganization() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        Workforce.createUser(writer, 10, "Mine", List.of("technician"));
        long theirs = Workforce.createUser(writer, 20, "Theirs", List.of("technician"));
        String user = tokens.user(account, 1, 10, List.of("dispatcher"), "technicians:read");

        given().auth().oauth2(user).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.first_name", contains("Mine"));
        given().auth().oauth2(user).queryParam("id", theirs).when().get("/api/v1/technicians")
                .then().statusCode(404);
    }

    @Test
    void shouldRequireATokenWithAChallengeThatCarriesNoErrorCode() {
        given().when().get("/api/v1/technicians")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"fieldline\""))
                .body("error.code", equalTo("unauthorized"))
                .body("request_id", notNullValue());
    }

    @Test
    void shouldRefuseEveryForgedTokenAsAnInvalidToken() {
        for (String forged : tokens.forgeries(Workforce.newAccount(), "technicians:read")) {
            given().auth().oauth2(forged)
                    .when().get("/api/v1/technicians")
                    .then().statusCode(401)
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"fieldline\", error=\"invalid_token\""))
                    .body("error.code", equalTo("unauthorized"));
        }
    }

    @Test
    void shouldRefuseATokenWithinSecondsOfItsRevocation() {
        String token = tokens.client(Workforce.newAccount(), "technicians:read");
        given().auth().oauth2(token).when().get("/api/v1/technicians").then().statusCode(200);
        JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));

        try (TopicWriter identity = new TopicWriter(kafka)) {
            identity.send("fieldline.identity.revocations", "fieldline.identity.token.revoked.v1", claims.getString("jti"),
                    "{\"kind\":\"token\",\"account_id\":%d,\"jti\":\"%s\",\"expires_at\":\"2099-01-01T00:00:00Z\"}"
                            .formatted(claims.getLong("acct"), claims.getString("jti")));
        }

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().auth().oauth2(token).when().get("/api/v1/technicians").statusCode() == 401);
    }

    @Test
    void shouldRequireTheTechniciansReadScope() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:read"))
                .when().get("/api/v1/technicians")
                .then().statusCode(403)
                .body("error.code", equalTo("insufficient_scope"));
    }

    @Test
    void shouldOnlySupportGet() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .when().post("/api/v1/technicians")
                .then().statusCode(405)
                .body("error.code", equalTo("method_not_allowed"));
    }

    @Test
    void shouldKeepTheCallersRequestId() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "technicians:read"))
                .header("X-Request-Id", "a1b2c3d4e5f6")
                .when().get("/api/v1/technicians")
                .then().statusCode(200)
                .header("X-Request-Id", "a1b2c3d4e5f6")
                .body("request_id", equalTo("a1b2c3d4e5f6"));
    }
}
