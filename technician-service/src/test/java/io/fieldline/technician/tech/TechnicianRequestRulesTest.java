package io.fieldline.technician.tech;

import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.Workforce;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * What {@code /tech} refuses, in the seed's words and error body ({@code technician-management-api.txt}, "Error
 * Handling"): 400 for a broken parameter rule, and a bad item of a bulk request failing alone; a refused request
 * creates nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class TechnicianRequestRulesTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldRefuseAnEmptyEmailAsTheDocumentShows() {
        long account = company();
        String answer = given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(Map.of("email", "", "name", "John Doe"))
                .when().post("/tech")
                .then().statusCode(400).contentType(ContentType.JSON).extract().asString();

        assertThat(answer, equalTo("{\"status\":400,\"message\":\"Invalid request: Email must not be empty\"}"));
        assertThat(technicians(account), equalTo(List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no email              | {\"name\": \"John Doe\"}                                             | Invalid request: Email must not be empty",
            "a malformed email     | {\"email\": \"john.doe\", \"name\": \"John Doe\"}                     | Invalid request: Email must be a valid email address",
            "no name               | {\"email\": \"john@example.com\"}                                    | Invalid request: Name must not be empty",
            "a blank name          | {\"email\": \"john@example.com\", \"name\": \"  \"}                   | Invalid request: Name must not be empty",
            "both                  | {\"email\": \" \", \"name\": null}                                    | Invalid request: Email must not be empty; Name must not be empty",
            "an unknown profile    | {\"email\": \"john@example.com\", \"name\": \"J D\", \"profile\": \"boss\"} | Invalid request: Profile must be one of admin, supervisor, dispatcher, technician, support",
            "a bad language        | {\"email\": \"john@example.com\", \"name\": \"J D\", \"language\": \"German!\"} | Invalid request: Language must be a language tag such as \"de\"",
            "an unknown time zone  | {\"email\": \"john@example.com\", \"name\": \"J D\", \"timezone\": \"Mars/Olympus\"} | Invalid request: Timezone must be an IANA time zone such as \"Europe/Lisbon\"",
    })
    void shouldRefuseABrokenRuleWith400NamingIt(String what, String body, String message) {
        long account = company();
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body(body)
                .when().post("/tech")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo(message));
        assertThat(technicians(account), equalTo(List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown status | {\"status\": \"paused\"} | Invalid request: Status must be \"enabled\" or \"disabled\"",
            "no status         | {}                       | Invalid request: Status must not be empty",
            "an empty status   | {\"status\": \"\"}       | Invalid request: Status must not be empty",
    })
    void shouldRefuseABadStatusWith400(String what, String body, String message) {
        long account = company();
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(Map.of("email", "john@example.com", "name", "John Doe")).post("/tech").then().statusCode(200);

        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body(body)
                .when().put("/tech/{techUsername}", "john@example.com")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo(message));
    }

    @Test
    void shouldRefuseMalformedJsonAnUnknownFieldAndAMissingBodyWith400InTheSurfacesShape() {
        String manager = manager(company());
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"email\": ")
                .when().post("/tech")
                .then().statusCode(400).body("status", equalTo(400)).body("message", equalTo("Request body is not valid JSON"))
                .body("$", not(hasKey("error")));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body("{\"email\": \"a@example.com\", \"name\": \"A B\", \"password\": \"secret-secret\"}")
                .when().post("/tech")
                .then().statusCode(400).body("status", equalTo(400)).body("message", containsString("password"));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .when().post("/tech")
                .then().statusCode(400).body("message", startsWith("Invalid request: "));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"email\": \"a@example.com\"}")
                .when().post("/tech/bulk")
                .then().statusCode(400).body("status", equalTo(400));
    }

    @Test
    void shouldCreateTheGoodItemsOfABulkRequestAndGiveEachBadOneItsReason() {
        long account = company();
        String manager = manager(account);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("email", "taken@example.com", "name", "Already Here")).post("/tech").then().statusCode(200);
        List<Object> items = new ArrayList<>();
        items.add(Map.of("email", "good@example.com", "name", "Good One"));
        items.add(Map.of("email", "", "name", "No Email"));
        items.add(Map.of("email", "not-an-email", "name", "Bad Email"));
        items.add(Map.of("email", "noname@example.com"));
        items.add(Map.of("email", "TAKEN@example.com", "name", "Taken Email"));
        items.add(Map.of("email", "twice@example.com", "name", "Twice One"));
        items.add(Map.of("email", "Twice@example.com", "name", "Twice Two"));
        items.add(null);
        items.add(Map.of("email", "alsogood@example.com", "name", "Also Good", "profile", "supervisor"));

        given().auth().oauth2(manager).contentType(ContentType.JSON).body(items)
                .when().post("/tech/bulk")
                .then().statusCode(200)
                .body("result", equalTo("PARTIAL_SUCCESS"))
                .body("details.technicians.'good@example.com'", equalTo(Map.of("result", "SUCCESS")))
                .body("details.technicians.'/1'", equalTo(failure(400, "Invalid request: Email must not be empty")))
                .body("details.technicians.'not-an-email'",
                        equalTo(failure(400, "Invalid request: Email must be a valid email address")))
                .body("details.technicians.'noname@example.com'",
                        equalTo(failure(400, "Invalid request: Name must not be empty")))
                .body("details.technicians.'TAKEN@example.com'", equalTo(failure(409, "Email already exists")))
                .body("details.technicians.'twice@example.com'",
                        equalTo(failure(400, "Invalid request: Email is given by more than one technician")))
                .body("details.technicians.'Twice@example.com'",
                        equalTo(failure(400, "Invalid request: Email is given by more than one technician")))
                .body("details.technicians.'/7'", equalTo(failure(400, "Invalid request: each technician must be an object")))
                .body("details.technicians.'alsogood@example.com'", equalTo(Map.of("result", "SUCCESS")))
                .body("errorDetails", equalTo(null));

        assertThat(technicians(account), contains("taken@example.com", "good@example.com", "alsogood@example.com"));
    }

    @Test
    void shouldAnswerFailureWhenNoItemOfABulkRequestCouldBeCreated() {
        long account = company();
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON)
                .body(List.of(Map.of("email", "x"), Map.of("name", "Y")))
                .when().post("/tech/bulk")
                .then().statusCode(200)
                .body("result", equalTo("FAILURE"))
                .body("details.technicians", hasKey("x"))
                .body("details.technicians", hasKey("/1"));
    }

    @Test
    void shouldRefuseAnEmptyOrAnOversizedBulkRequestAsAWhole() {
        long account = company();
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("[]")
                .when().post("/tech/bulk")
                .then().statusCode(400).body("message", equalTo("Invalid request: at least one technician is required"));
        List<Map<String, Object>> tooMany = IntStream.range(0, 1001)
                .mapToObj(i -> Map.<String, Object>of("email", "t" + i + "@example.com", "name", "T " + i)).toList();
        given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body(tooMany)
                .when().post("/tech/bulk")
                .then().statusCode(400)
                .body("message", equalTo("Invalid request: at most 1000 technicians may be created in one request"));
        assertThat(technicians(account), equalTo(List.of()));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownTechnicianOrAnotherAccountsOrADispatcher() {
        long theirs = company();
        given().auth().oauth2(manager(theirs)).contentType(ContentType.JSON)
                .body(Map.of("email", "theirs@example.com", "name", "Their Tech")).post("/tech").then().statusCode(200);
        long account = company();

        for (String username : List.of("nobody@example.com", "theirs@example.com", "dora@example.com")) {
            given().auth().oauth2(manager(account)).contentType(ContentType.JSON).body("{\"status\": \"disabled\"}")
                    .when().put("/tech/{techUsername}", username)
                    .then().statusCode(404)
                    .body("status", equalTo(404))
                    .body("message", equalTo("Technician not found"));
        }
    }

    @Test
    void shouldRefuseTheFirstTechnicianOfAnAccountWithoutAnyOrganization() {
        long empty = Workforce.newAccount();
        given().auth().oauth2(manager(empty)).contentType(ContentType.JSON)
                .body(Map.of("email", "first@example.com", "name", "First Tech"))
                .when().post("/tech")
                .then().statusCode(400)
                .body("message", equalTo(
                        "Invalid request: organization_id is required while the account has no user in any organization"));
    }

    @Test
    void shouldNotLetAUserTokenCreateATechnicianInAnotherOrganization() {
        long account = company();
        given().auth().oauth2(tokens.user(account, 1, 10, List.of("dispatcher"), "technicians:write"))
                .contentType(ContentType.JSON)
                .body(Map.of("email", "x@example.com", "name", "X Y", "organization_id", 20))
                .when().post("/tech")
                .then().statusCode(400)
                .body("message", containsString("organization_id must be your own organization"));
    }

    @Test
    void shouldRequireTheTechniciansWriteScopeAnsweringInTheSurfacesShape() {
        given().auth().oauth2(tokens.client(company(), "technicians:read", "users:write")).contentType(ContentType.JSON)
                .body(Map.of("email", "x@example.com", "name", "X Y"))
                .when().post("/tech")
                .then().statusCode(403)
                .body("status", equalTo(403))
                .body("$", not(hasKey("error")));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryKindOfBadInputInEveryFieldOfEveryOperation() {
        return BadInputSweep.namingFieldsInMessages(manager(company())).under("/tech");
    }

    /** A new account whose first user, a dispatcher in organization 10, has the email {@code dora@example.com}. */
    private long company() {
        long account = Workforce.newAccount();
        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Dora", "last_name", "Desk",
                        "roles", List.of("dispatcher"), "email", "dora@example.com"))
                .when().post("/v3/users").then().statusCode(201);
        return account;
    }

    private String manager(long account) {
        return tokens.client(account, "technicians:write");
    }

    /** The emails of the account's technicians, in the order they were created. */
    private List<String> technicians(long account) {
        return given().auth().oauth2(tokens.client(account, "users:read"))
                .queryParam("filter[by_user_roles]", "technician")
                .when().get("/v3/users")
                .then().statusCode(200).extract().jsonPath().getList("users.email");
    }

    private static Map<String, Object> failure(int status, String message) {
        Map<String, Object> failure = new HashMap<>();
        failure.put("result", "FAILURE");
        failure.put("errorDetails", Map.of("status", status, "message", message));
        return failure;
    }
}
