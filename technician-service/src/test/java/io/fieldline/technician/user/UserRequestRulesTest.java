package io.fieldline.technician.user;

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

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What a {@code /v3/users} request must be, beyond each attribute's own rule: a body of the documented JSON shape,
 * nothing coerced, nothing unknown, and text (body, query and path alike) that can be stored exactly as sent. Each
 * refusal names the field, and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UserRequestRulesTest {

    private static final String VALID = "\"organization_id\": 10, \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [\"technician\"]";

    @InjectTestTokens
    TestTokens tokens;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a number for a string       | \"organization_id\": 10, \"first_name\": 123, \"last_name\": \"T\", \"roles\": [\"technician\"] | first_name | must be a string",
            "a boolean for a string      | \"organization_id\": 10, \"first_name\": \"Jim\", \"last_name\": true, \"roles\": [\"technician\"] | last_name | must be a string",
            "a null role                 | \"organization_id\": 10, \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [\"technician\", null] | roles[1] | must not hold null",
            "a role that is a number     | \"organization_id\": 10, \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [7] | roles[0] | must be a string",
            "an unknown field            | " + VALID + ", \"nickname\": \"J\" | nickname | is not a field here; allowed: ",
            "a NUL character             | \"organization_id\": 10, \"first_name\": \"J\\u0000im\", \"last_name\": \"T\", \"roles\": [\"technician\"] | first_name | must not contain the NUL character (U+0000)",
            "a lone surrogate            | \"organization_id\": 10, \"first_name\": \"\\ud800\", \"last_name\": \"T\", \"roles\": [\"technician\"] | first_name | must be valid Unicode text (it has an unpaired surrogate)",
            "an id that is not a number  | \"organization_id\": \"ten\", \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [\"technician\"] | organization_id | must be a positive integer id",
            "an id with a fraction       | \"organization_id\": 10.5, \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [\"technician\"] | organization_id | must be a positive integer id",
            "an id after a space         | \"organization_id\": \" 10\", \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [\"technician\"] | organization_id | must be a positive integer id",
            "an id before a space        | \"organization_id\": \"10 \", \"first_name\": \"Jim\", \"last_name\": \"T\", \"roles\": [\"technician\"] | organization_id | must be a positive integer id",
    })
    void shouldRefuseABodyThatBreaksTheJsonRulesNamingTheField(String what, String body, String field, String problem) {
        String writer = tokens.client(Workforce.newAccount(), "users:write", "users:read");
        given().auth().oauth2(writer).contentType(ContentType.JSON).body("{" + body + "}")
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.code", equalTo("validation_failed"))
                .body("error.fields.'" + field + "'[0]", startsWith(problem));
    }

    @Test
    void shouldRefuseADuplicateKeyAsMalformed() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .contentType(ContentType.JSON).body("{" + VALID + ", \"first_name\": \"John\"}")
                .when().post("/v3/users")
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields.first_name[0]", equalTo("is given more than once"));
    }

    @Test
    void shouldRefuseAMissingBody() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .contentType(ContentType.JSON)
                .when().post("/v3/users")
                .then().statusCode(422)
                .body("error.fields.body[0]", equalTo("is required"));
    }

    @Test
    void shouldTellAnAbsentAttributeFromAClearedOneOnUpdate() {
        String writer = tokens.client(Workforce.newAccount(), "users:write", "users:read");
        long id = given().auth().oauth2(writer).contentType(ContentType.JSON)
                .body("{" + VALID + ", \"email\": \"jim@example.com\", \"phone_number\": \"+15551234567\"}")
                .when().post("/v3/users").then().statusCode(201).extract().jsonPath().getLong("user.id");

        given().auth().oauth2(writer).contentType(ContentType.JSON).body("{\"email\": null}")
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(200)
                .body("user.phone_number", equalTo("+15551234567"))
                .body("user", not(hasKey("email")));

        given().auth().oauth2(writer).contentType(ContentType.JSON).body("{\"last_name\": null, \"roles\": [null]}")
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(422)
                .body("error.fields.last_name[0]", equalTo("is required"))
                .body("error.fields.'roles[0]'[0]", equalTo("must not hold null"));

        given().auth().oauth2(writer).when().get("/v3/users/{id}", id)
                .then().statusCode(200).body("user.last_name", equalTo("T"));
    }

    @Test
    void shouldRefuseAWrongTypeOnUpdateAndChangeNothing() {
        String writer = tokens.client(Workforce.newAccount(), "users:write", "users:read");
        long id = given().auth().oauth2(writer).contentType(ContentType.JSON).body("{" + VALID + "}")
                .when().post("/v3/users").then().statusCode(201).extract().jsonPath().getLong("user.id");

        given().auth().oauth2(writer).contentType(ContentType.JSON).body("{\"first_name\": \"Joe\", \"roles\": \"technician\"}")
                .when().patch("/v3/users/{id}", id)
                .then().statusCode(422)
                .body("error.fields.roles[0]", equalTo("must be an array"));

        given().auth().oauth2(writer).when().get("/v3/users/{id}", id)
                .then().statusCode(200).body("user.first_name", equalTo("Jim"));
    }

    @Test
    void shouldRefuseAQueryParameterWithANulCharacterNamingIt() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:read"))
                .urlEncodingEnabled(false)
                .when().get("/v3/users/1?action=a%00b")
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields.action[0]", startsWith("must not contain the NUL character"));
    }

    @Test
    void shouldAnswerNotFoundForAPathWithANulCharacter() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:read"))
                .urlEncodingEnabled(false)
                .when().get("/v3/users/1%002")
                .then().statusCode(404)
                .body("error.code", equalTo("not_found"));
    }

    @ParameterizedTest
    @CsvSource({"/v3/users/%20{id}", "/v3/users/{id}%20", "/api/v1/technicians?id=%20{id}", "/api/v1/technicians?id={id}%20"})
    void shouldAnswerNotFoundForAnIdWithSurroundingSpaces(String template) {
        long account = Workforce.newAccount();
        long id = Workforce.createUser(tokens.client(account, "users:write"), 10, "Mike", List.of("technician"));
        String reader = tokens.client(account, "users:read", "technicians:read");
        given().auth().oauth2(reader).when().get(template.replace("%20", "").replace("{id}", String.valueOf(id)))
                .then().statusCode(200);
        given().auth().oauth2(reader).urlEncodingEnabled(false)
                .when().get(template.replace("{id}", String.valueOf(id)))
                .then().statusCode(404)
                .body("error.code", equalTo("not_found"));
    }

    @Test
    void shouldRefuseABodyTypeOrAcceptItCannotServeInItsOwnWords() {
        String writer = tokens.client(Workforce.newAccount(), "users:write", "users:read");
        given().auth().oauth2(writer).contentType("text/plain").body("{" + VALID + "}")
                .when().post("/v3/users")
                .then().statusCode(415)
                .body("error.code", equalTo("unsupported_media_type"))
                .body("error.message", equalTo("Content-Type text/plain is not supported; send application/json"))
                .body("request_id", notNullValue());
        given().auth().oauth2(writer).accept("application/xml")
                .when().get("/v3/users/1")
                .then().statusCode(406)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("not_acceptable"))
                .body("error.message", equalTo("Accept application/xml cannot be answered here; accept application/json"));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryKindOfBadInputInEveryFieldOfEveryOperation() {
        return new BadInputSweep(tokens.client(Workforce.newAccount(), "users:read", "users:write")).under("/v3");
    }
}
