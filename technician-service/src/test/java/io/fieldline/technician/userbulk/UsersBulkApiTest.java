package io.fieldline.technician.userbulk;

import io.fieldline.technician.JobServiceStubResource;
import io.fieldline.technician.IdentityStubResource;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.InjectTestTokens;
import io.fieldline.testkit.TestTokens;
import io.fieldline.testkit.TestTokensResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code /{workspace}/api/user}: every example of {@code users-bulk-api.txt}, in JSON and in XML, answered as it
 * documents; the workspace is the credential's account. Each test works in an account of its own, with a dispatcher
 * in organization 10 so that new users have an organization to join.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UsersBulkApiTest {

    /** The seed's "User Object Payload", whole. */
    static final String SEED_USER = """
            {
                    "ExternalId": "7a6a8fa2-b3d0-4c47-aae3-c5ee3de3b6a8",
                    "Name": "John Smith",
                    "Initials": "JS",
                    "Phone": "303 555 5555",
                    "Email": "john@fieldsquared.com",
                    "UserType": "ViewOnly",
                    "Image": "GwO4zZBUjLD4ghsz5s6SEg.jpg",
                    "Lat":39.749911,
                    "Lon":-105.000026,
                    "StreetAddress": "1514 Blake St",
                    "Unit": "Suite 200",
                    "City": "Denver",
                    "State": "CO",
                    "Zip": "80202-1322",
                    "SkillTags": [
                        "TruckLicense"
                    ],
                    "Enabled": true,
                    "Data": {
                        "TextArea": "HELLO",
                        "AUTO_NUM": "VVX74",
                        "Number": "1234",
                        "TIME": "00:30:00",
                        "Date": "2017-01-23",
                        "DateTime": "2017-01-27T19:14:46Z",
                        "Barcode": "234234esfs"
                    },
                    "Teams": [
                        "jTZv6YcMaStulDcIMOrs4AAA4A"
                    ],
                    "LastUpdated": "2017-01-30T18:43:22Z",
                    "Created": "2017-01-30T18:43:22Z"
                }""";

    static final String MINIMUM_JSON = """
            [
             {
               "Name": "John Smith",
               "Initials" : "JS",
               "Email" : "john.smith@company.com",
               "ExternalId": "1234",
               "UserType": "ViewOnly",
               "Enabled": true
               }
            ]""";

    static final String MINIMUM_XML = """
            <ArrayOfUser>
              <User>
                <Name>John Smith</Name>
                <Initials>JS</Initials>
                <Email>john.smith@company.com</Email>
                <ExternalId>1234</ExternalId>
                <UserType>ViewOnly</UserType>
                <Enabled>true</Enabled>
              </User>
            </ArrayOfUser>""";

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldCreateTheSeedsUserByItsExternalIdAndReadItBack() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(SEED_USER)
                .when().post("/{workspace}/api/user/{externalid}", account, "7a6a8fa2-b3d0-4c47-aae3-c5ee3de3b6a8")
                .then().statusCode(201)
                .header("Location", endsWith("/" + account + "/api/user/7a6a8fa2-b3d0-4c47-aae3-c5ee3de3b6a8"))
                .body("Name", equalTo("John Smith"));

        given().auth().oauth2(reader(account))
                .when().get("/{workspace}/api/user/{externalid}", account, "7a6a8fa2-b3d0-4c47-aae3-c5ee3de3b6a8")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("ExternalId", equalTo("7a6a8fa2-b3d0-4c47-aae3-c5ee3de3b6a8"))
                .body("Name", equalTo("John Smith"))
                .body("Initials", equalTo("JS"))
                .body("Phone", equalTo("+13035555555"))
                .body("Email", equalTo("john@fieldsquared.com"))
                .body("UserType", equalTo("ViewOnly"))
                .body("Image", equalTo("GwO4zZBUjLD4ghsz5s6SEg.jpg"))
                .body("Lat", equalTo(39.749911f))
                .body("Lon", equalTo(-105.000026f))
                .body("StreetAddress", equalTo("1514 Blake St"))
                .body("Unit", equalTo("Suite 200"))
                .body("City", equalTo("Denver"))
                .body("State", equalTo("CO"))
                .body("Zip", equalTo("80202-1322"))
                .body("SkillTags", contains("TruckLicense"))
                .body("Enabled", equalTo(true))
                .body("Data.TextArea", equalTo("HELLO"))
                .body("Data.DateTime", equalTo("2017-01-27T19:14:46Z"))
                .body("Data.Barcode", equalTo("234234esfs"))
                .body("Teams", contains("jTZv6YcMaStulDcIMOrs4AAA4A"))
                .body("LastUpdated", notNullValue())
                .body("Created", notNullValue())
                .body("Archived", equalTo(false));
    }

    @Test
    void shouldShowTheSeedsUserAsATechnicianOfTheOneUserModel() {
        long account = workspace();
        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(SEED_USER)
                .when().post("/{workspace}/api/user", account).then().statusCode(201);

        given().auth().oauth2(tokens.client(account, "users:read")).queryParam("filter[email_eq]", "john@fieldsquared.com")
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users[0].first_name", equalTo("John"))
                .body("users[0].last_name", equalTo("Smith"))
                .body("users[0].roles", contains("technician"))
                .body("users[0].phone_number", equalTo("+13035555555"))
                .body("users[0].organization_id", equalTo(10));
    }

    @Test
    void shouldCreateTheMinimumJsonBodyAndAnswerEachUsersOutcome() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(MINIMUM_JSON)
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("[0].Index", equalTo(0))
                .body("[0].ExternalId", equalTo("1234"))
                .body("[0].Status", equalTo(201))
                .body("[0].User.Email", equalTo("john.smith@company.com"))
                .body("[0].Error", nullValue());

        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user/1234", account)
                .then().statusCode(200).body("Name", equalTo("John Smith")).body("UserType", equalTo("ViewOnly"));
    }

    @Test
    void shouldCreateTheMinimumXmlBodyAndAnswerInXml() {
        long account = workspace();

        given().auth().oauth2(writer(account)).contentType(ContentType.XML).body(MINIMUM_XML)
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(200).contentType(ContentType.XML)
                .body("ArrayOfUserResult.UserResult.Index", equalTo("0"))
                .body("ArrayOfUserResult.UserResult.ExternalId", equalTo("1234"))
                .body("ArrayOfUserResult.UserResult.Status", equalTo("201"))
                .body("ArrayOfUserResult.UserResult.User.Email", equalTo("john.smith@company.com"));

        given().auth().oauth2(reader(account)).accept(ContentType.XML)
                .when().get("/{workspace}/api/user/1234", account)
                .then().statusCode(200).contentType(ContentType.XML)
                .body("User.Name", equalTo("John Smith"))
                .body("User.Initials", equalTo("JS"))
                .body("User.UserType", equalTo("ViewOnly"))
                .body("User.Enabled", equalTo("true"));
    }

    @Test
    void shouldRoundTripTheSeedsUserThroughXml() {
        long account = workspace();
        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(SEED_USER)
                .when().post("/{workspace}/api/user", account).then().statusCode(201);
        String xml = given().auth().oauth2(reader(account)).accept(ContentType.XML)
                .when().get("/{workspace}/api/user/{externalid}", account, "7a6a8fa2-b3d0-4c47-aae3-c5ee3de3b6a8")
                .then().statusCode(200)
                .body("User.SkillTags.SkillTag", equalTo("TruckLicense"))
                .body("User.Teams.Team", equalTo("jTZv6YcMaStulDcIMOrs4AAA4A"))
                .body("User.Data.TextArea", equalTo("HELLO"))
                .extract().asString();

        given().auth().oauth2(writer(account)).contentType(ContentType.XML).accept(ContentType.JSON).body(xml)
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(200)
                .body("SkillTags", contains("TruckLicense"))
                .body("Data.TIME", equalTo("00:30:00"))
                .body("Lat", equalTo(39.749911f))
                .body("Enabled", equalTo(true));
    }

    @Test
    void shouldUpdateTheSeedsListOfUsersByExternalIdLeavingWhatTheyOmit() {
        long account = workspace();
        createMinimal(account, "1234", "john@example.com");
        createMinimal(account, "1235", "mary@example.com");

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body("""
                        [
                          {
                            "Name": "John Smith",
                            "ExternalId": "1234",
                            "UserType": "Dispatcher"
                          },
                          {
                            "Name": "Mary Brown",
                            "ExternalId": "1235",
                            "UserType" : "Supervisor"
                         }
                        ]""")
                .when().post("/{workspace}/api/user", account)
                .then().statusCode(200)
                .body("Status", contains(200, 200))
                .body("User.UserType", contains("Dispatcher", "Supervisor"))
                .body("User.Name", contains("John Smith", "Mary Brown"))
                .body("User.Email", contains("john@example.com", "mary@example.com"))
                .body("User.Initials", contains("XX", "XX"));

        given().auth().oauth2(tokens.client(account, "users:read")).queryParam("filter[email_eq]", "mary@example.com")
                .when().get("/v3/users")
                .then().body("users[0].roles", contains("dispatcher", "technician"));
    }

    @Test
    void shouldListTheWorkspacesUsersInJsonAndXml() {
        long account = workspace();
        createMinimal(account, "1234", "john@example.com");

        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user", account)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Fieldline-Cursor", notNullValue())
                .body("ExternalId", hasItem("1234"))
                .body("Email", hasItem("john@example.com"))
                .body("UserType", hasItem("Dispatcher"));
        given().auth().oauth2(reader(account)).accept(ContentType.XML).when().get("/{workspace}/api/user", account)
                .then().statusCode(200).contentType(ContentType.XML)
                .body("ArrayOfUser.User.ExternalId", hasItem("1234"));
    }

    @Test
    void shouldArchiveOnDeleteAndRestoreOnAPostWithTheSameExternalId() {
        long account = workspace();
        createMinimal(account, "4567", "arch@example.com");

        given().auth().oauth2(writer(account)).when().delete("/{workspace}/api/user/4567", account)
                .then().statusCode(204);

        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user/4567", account)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        given().auth().oauth2(writer(account)).when().delete("/{workspace}/api/user/4567", account)
                .then().statusCode(404);
        given().auth().oauth2(reader(account)).queryParam("modifiedsince", "2017-01-01T00:00:00Z")
                .when().get("/{workspace}/api/user", account)
                .then().statusCode(200)
                .body("find { it.ExternalId == '4567' }.Archived", equalTo(true))
                .body("find { it.ExternalId == '4567' }.Enabled", equalTo(false));
        given().auth().oauth2(tokens.client(account, "users:read")).queryParam("filter[email_eq]", "arch@example.com")
                .when().get("/v3/users").then().body("users.size()", equalTo(1));

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body("{\"Initials\": \"AR\"}")
                .when().post("/{workspace}/api/user/4567", account)
                .then().statusCode(200)
                .body("Archived", equalTo(false))
                .body("Enabled", equalTo(true))
                .body("Initials", equalTo("AR"));
        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user/4567", account)
                .then().statusCode(200).body("Enabled", equalTo(true));
    }

    @Test
    void shouldRefuseAnUpdateWhoseLastUpdatedIsOlderThanTheStoredOne() {
        long account = workspace();
        String lastUpdated = createMinimal(account, "777", "stale@example.com");

        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body("{\"Initials\": \"OLD\", \"LastUpdated\": \"2017-01-30T18:43:22Z\"}")
                .when().post("/{workspace}/api/user/777", account)
                .then().statusCode(409)
                .body("error.code", equalTo("conflict"))
                .body("error.fields.LastUpdated[0]", notNullValue());
        given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body("{\"Initials\": \"NEW\", \"LastUpdated\": \"" + lastUpdated + "\"}")
                .when().post("/{workspace}/api/user/777", account)
                .then().statusCode(200).body("Initials", equalTo("NEW"));

        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user/777", account)
                .then().body("Initials", equalTo("NEW"));
    }

    @Test
    void shouldNotFindAnotherAccountsWorkspace() {
        long account = workspace();
        long other = workspace();
        createMinimal(other, "1234", "other@example.com");

        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user/1234", other)
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        given().auth().oauth2(reader(account)).when().get("/{workspace}/api/user", other).then().statusCode(404);
        given().auth().oauth2(writer(account)).contentType(ContentType.JSON).body(MINIMUM_JSON)
                .when().post("/{workspace}/api/user", other).then().statusCode(404);
        given().auth().oauth2(writer(account)).when().delete("/{workspace}/api/user/1234", other).then().statusCode(404);
        given().auth().oauth2(reader(other)).when().get("/{workspace}/api/user/1234", other).then().statusCode(200);
    }

    /** Creates a Dispatcher with initials XX; returns its LastUpdated. */
    private String createMinimal(long account, String externalId, String email) {
        return given().auth().oauth2(writer(account)).contentType(ContentType.JSON)
                .body("{\"Name\": \"Some One\", \"Initials\": \"XX\", \"Email\": \"" + email + "\", \"UserType\": \"Dispatcher\","
                        + " \"Enabled\": true}")
                .when().post("/{workspace}/api/user/{externalid}", account, externalId)
                .then().statusCode(201).extract().path("LastUpdated");
    }

    private long workspace() {
        return Workspaces.withADispatcher(tokens);
    }

    private String writer(long account) {
        return Workspaces.writer(tokens, account);
    }

    private String reader(long account) {
        return Workspaces.reader(tokens, account);
    }
}
