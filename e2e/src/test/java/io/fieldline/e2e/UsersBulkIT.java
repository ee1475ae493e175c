package io.fieldline.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The users bulk API through the gateway, as an integration uses it ({@code users-bulk-api.txt}) with its
 * integration key in {@code X-Auth-Token}: users upserted in bulk are users of {@code /v3/users} at once, an update by
 * external id is seen there and in the {@code modifiedsince} feed, and another account's workspace is not found.
 */
@EndToEnd
class UsersBulkIT {

    private final SharedSuite suite;

    UsersBulkIT(SharedSuite suite) {
        this.suite = suite;
    }

    @Test
    void usersUpsertedInBulkWithAnXAuthTokenAreUsersEverywhereAndTheirChangesAreInTheFeed() {
        Tenant company = suite.newTenant("Users bulk");
        long organization = company.createOrganization("Bulk Plumbing");
        company.createUser(Map.of("organization_id", organization, "first_name", "Dora", "last_name", "Desk",
                "roles", List.of("dispatcher"), "email", "dora@example.com"));
        IntegrationKey key = IntegrationKey.issue(suite.operatorToken(), company);
        String since = Instant.now().minusSeconds(3600).toString();

        withKey(key).contentType(ContentType.JSON)
                .body(List.of(
                        Map.of("Name", "John Smith", "Initials", "JS", "Email", "john.smith@company.com",
                                "ExternalId", "1234", "UserType", "Standard", "Enabled", true),
                        Map.of("Name", "Mary Brown", "Initials", "MB", "Email", "mary.brown@company.com",
                                "ExternalId", "1235", "UserType", "Supervisor", "Enabled", true)))
                .when().post("/{workspace}/api/user", company.accountId())
                .then().statusCode(200)
                .body("Status", contains(201, 201));

        given().auth().oauth2(company.token()).queryParam("filter[by_user_roles]", "technician")
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.email", containsInAnyOrder("john.smith@company.com", "mary.brown@company.com"));

        withKey(key).contentType(ContentType.XML)
                .body("<User><Phone>+1 303 555 0100</Phone></User>")
                .when().post("/{workspace}/api/user/{externalid}", company.accountId(), "1234")
                .then().statusCode(200).contentType(ContentType.XML)
                .body("User.Phone", equalTo("+13035550100"));

        given().auth().oauth2(company.token()).queryParam("filter[email_eq]", "john.smith@company.com")
                .when().get("/v3/users")
                .then().body("users[0].phone_number", equalTo("+13035550100"));
        withKey(key).queryParam("modifiedsince", since)
                .when().get("/{workspace}/api/user", company.accountId())
                .then().statusCode(200)
                .body("find { it.ExternalId == '1234' }.Phone", equalTo("+13035550100"))
                .body("ExternalId", hasItem("1235"));
    }

    @Test
    void anotherAccountsWorkspaceIsNotFoundAndABadKeyIsA401InTheSurfacesShape() {
        Tenant company = suite.newTenant("Users bulk tenancy");
        Tenant other = suite.newTenant("Users bulk other");
        IntegrationKey key = IntegrationKey.issue(suite.operatorToken(), company);

        withKey(key).when().get("/{workspace}/api/user", other.accountId())
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        given().header("X-Auth-Token", "not-a-key").when().get("/{workspace}/api/user", company.accountId())
                .then().statusCode(401).body("error.code", equalTo("unauthorized"));
    }

    private static RequestSpecification withKey(IntegrationKey key) {
        return given().header("X-Auth-Token", key.key());
    }
}
