package io.fieldline.technician.userbulk;

import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.Workforce;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Bad input to {@code /{workspace}/api/user} gets the surface's 4xx naming what is wrong, and changes nothing: a body
 * that is not JSON or XML (or XML that declares entities) is a 400, a user breaking a rule a 422, a taken email a
 * 409; in a list, a bad user fails alone.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UsersBulkBadInputTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldNameEveryRequiredPropertyANewUserLacks() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body("{\"Name\": \"John Smith\"}")
                .when().post("/{workspace}/api/user/1234", account)
                .then().statusCode(422)
                .body("error.code", equalTo("validation_failed"))
                .body("error.fields.Initials", contains("is required to create a user"))
                .body("error.fields.Email", contains("is required to create a user"))
                .body("error.fields.UserType", contains("is required to create a user"))
                .body("error.fields.Enabled", contains("is required to create a user"))
                .body("request_id", notNullValue());

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldRefuseABadEmailABadPhoneAndAnUnknownUserType() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(user("1234", "not-an-email").replace("Standard", "Boss")
                        .replace("\"Enabled\"", "\"Phone\": \"call me\", \"Enabled\""))
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(422)
                .body("error.fields.Email", contains("must be an email address"))
                .body("error.fields.Phone[0]", containsString("must be a phone number"))
                .body("error.fields.UserType[0]", containsString("must be one of SubscriptionAdmin"));

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldRefuseAPasswordAsTheSeedSaysItCannotBeSetHere() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(user("1234", "pw@example.com").replace("\"Enabled\"", "\"Password\": \"secret-secret\", \"Enabled\""))
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(422)
                .body("error.fields.Password[0]", containsString("cannot be set through this API"));

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldRefuseAPropertyThatIsNotOneOfAUser() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body(user("1234", "x@example.com").replace("\"Enabled\"", "\"Boat\": \"yes\", \"Enabled\""))
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(422)
                .body("error.fields.Boat[0]", containsString("is not a property of a user"));
    }

    @Test
    void shouldAnswer400ToMalformedJsonAndXml() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body("[{\"Name\": \"John\",")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(400).body("error.code", equalTo("bad_request"));
        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body("{\"Name\": \"John\", \"Name\": \"Jack\"}")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(400).body("error.fields", hasKey("Name"));
        given().auth().oauth2(writer(account)).contentType(ContentType.XML).body("<ArrayOfUser><User><Name>John</User>")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(400).body("error.message", equalTo("Request body is not well-formed XML"));
        given().auth().oauth2(writer(account)).contentType(ContentType.TEXT).body("Name=John")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(415).body("error.code", equalTo("unsupported_media_type"));

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldRefuseAnEmailAnotherActiveUserHas() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(user("1234", "Dora@Example.com"))
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(409)
                .body("error.code", equalTo("conflict"))
                .body("error.fields", hasKey("email"));

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldFailABadUserOfAListAloneAndCreateTheOthers() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body("[" + user("1", "one@example.com") + "," + user("2", "bad email") + ","
                        + user("3", "dora@example.com") + "," + user("4", "four@example.com") + "]")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(200)
                .body("Status", contains(201, 422, 409, 201))
                .body("ExternalId", contains("1", "2", "3", "4"))
                .body("[1].Error.fields.Email", contains("must be an email address"))
                .body("[2].Error.code", equalTo("conflict"));

        assertNoUserBut(account, "dora@example.com", "one@example.com", "four@example.com");
    }

    @Test
    void shouldRefuseXmlThatDeclaresAnExternalEntityWithoutReadingIt(@TempDir Path directory) throws IOException {
        long account = workspace();
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET-CONTENT");

        String answer = given().auth().oauth2(writer(account)).contentType(ContentType.XML)
                .body("""
                        <?xml version="1.0"?>
                        <!DOCTYPE User [<!ENTITY xxe SYSTEM "%s">]>
                        <User><Name>&xxe;</Name><Initials>JS</Initials><Email>x@example.com</Email>
                        <UserType>Standard</UserType><Enabled>true</Enabled></User>""".formatted(secret.toUri()))
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(400)
                .body("error.message", containsString("document type declaration"))
                .extract().asString();

        assertThat(answer, not(containsString("TOP-SECRET")));
        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldRefuseXmlThatDeclaresEntitiesExpandingIntoOthers() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.XML)
                .body("""
                        <?xml version="1.0"?>
                        <!DOCTYPE lolz [
                         <!ENTITY lol "lol">
                         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                        ]>
                        <ArrayOfUser><User><Name>&lol9;</Name><Initials>LL</Initials><Email>lol@example.com</Email>
                        <UserType>Standard</UserType><Enabled>true</Enabled></User></ArrayOfUser>""")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(400)
                .body("error.message", containsString("document type declaration"));

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldRefuseAnEntityReferenceThatNoDeclarationCouldDefine() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.XML)
                .body("<User><Name>&xxe;</Name><Initials>JS</Initials><Email>x@example.com</Email>"
                        + "<UserType>Standard</UserType><Enabled>true</Enabled></User>")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(400);

        assertNoUserBut(account, "dora@example.com");
    }

    @Test
    void shouldAnswer400ToAModifiedSinceThatIsNotIso8601() {
        long account = workspace();

        given().auth().oauth2(reader(account)).queryParam("modifiedsince", "yesterday")
                .when().get("/{workspace}/api/user", account)
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields.modifiedsince[0]", containsString("ISO-8601"));
        given().auth().oauth2(reader(account)).queryParam("cursor", "not-ours")
                .when().get("/{workspace}/api/user", account)
                .then().statusCode(400).body("error.fields", hasKey("cursor"));
        given().auth().oauth2(reader(account)).queryParam("limit", "1000")
                .when().get("/{workspace}/api/user", account)
                .then().statusCode(400).body("error.fields", hasKey("limit"));
    }

    private void assertNoUserBut(long account, String... emails) {
        given().auth().oauth2(tokens.client(account, "users:read")).when().get("/v3/users")
                .then().statusCode(200).body("users.email", contains(emails));
    }

    private static String user(String externalId, String email) {
        return "{\"ExternalId\": \"" + externalId + "\", \"Name\": \"Some One\", \"Initials\": \"SO\", \"Email\": \""
                + email + "\", \"UserType\": \"Standard\", \"Enabled\": true}";
    }

    private long workspace() {
        long account = Workforce.newAccount();
        given().auth().oauth2(tokens.client(account, "users:write")).contentType(ContentType.JSON)
                .body("{\"organization_id\": 10, \"first_name\": \"Dora\", \"last_name\": \"Desk\","
                        + " \"roles\": [\"dispatcher\"], \"email\": \"dora@example.com\"}")
                .when().post("/v3/users").then().statusCode(201);
        return account;
    }

    private String writer(long account) {
        return Workspaces.writer(tokens, account);
    }

    private String reader(long account) {
        return Workspaces.reader(tokens, account);
    }
}
