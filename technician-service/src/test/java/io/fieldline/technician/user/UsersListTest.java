package io.fieldline.technician.user;

import io.fieldline.technician.IdentityStubResource;
import io.fieldline.technician.JobServiceStubResource;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** {@code GET /v3/users}, as "List Users" in the Users section of {@code dispatch-rest-api-v3.md} describes it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UsersListTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldListTheAccountsUsersWithMetaAsTheDocumentShows() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long jim = create(writer, 10, "Jim", List.of("technician"), "jim@joesplumbing.com");
        long dora = create(writer, 20, "Dora", List.of("dispatcher"), "dora@joesplumbing.com");
        create(tokens.client(Workforce.newAccount(), "users:write"), 10, "Other", List.of("technician"), null);

        given().auth().oauth2(tokens.client(account, "users:read"))
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.id", contains((int) jim, (int) dora))
                .body("users[0].organization_id", equalTo(10))
                .body("users[0].first_name", equalTo("Jim"))
                .body("users[0].roles", contains("technician"))
                .body("users[0].email", equalTo("jim@joesplumbing.com"))
                .body("meta.total", equalTo(2))
                .body("meta.limit", equalTo(100))
                .body("meta.offset", equalTo(0));
    }

    @Test
    void shouldFilterByAnyOfTheGivenRoles() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long technician = create(writer, 10, "Tess", List.of("technician"), null);
        long dispatcher = create(writer, 10, "Dora", List.of("dispatcher"), null);
        long both = create(writer, 10, "Bo", List.of("dispatcher", "technician"), null);
        String reader = tokens.client(account, "users:read");

        given().auth().oauth2(reader).queryParam("filter[by_user_roles]", "dispatcher")
                .when().get("/v3/users")
                .then().statusCode(200).body("users.id", contains((int) dispatcher, (int) both)).body("meta.total", equalTo(2));
        given().auth().oauth2(reader).queryParam("filter[by_user_roles]", "technician")
                .when().get("/v3/users")
                .then().statusCode(200).body("users.id", contains((int) technician, (int) both));
        given().auth().oauth2(reader).queryParam("filter[by_user_roles]", "technician, dispatcher")
                .when().get("/v3/users")
                .then().statusCode(200).body("users.id", contains((int) technician, (int) dispatcher, (int) both));
    }

    @Test
    void shouldFindAUserByEmailInAnyCase() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        create(writer, 10, "Tess", List.of("technician"), "tess@example.com");
        long jim = create(writer, 10, "Jim", List.of("technician"), "Jim@Example.com");

        given().auth().oauth2(tokens.client(account, "users:read")).queryParam("filter[email_eq]", "jim@example.COM")
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.id", contains((int) jim))
                .body("users[0].email", equalTo("Jim@Example.com"));
    }

    @Test
    void shouldFilterByOrganization() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        create(writer, 10, "Tess", List.of("technician"), null);
        long jim = create(writer, 20, "Jim", List.of("technician"), null);

        given().auth().oauth2(tokens.client(account, "users:read")).queryParam("filter[organization_id_eq]", 20)
                .when().get("/v3/users")
                .then().statusCode(200).body("users.id", contains((int) jim)).body("meta.total", equalTo(1));
    }

    @Test
    void shouldPageWithLimitAndOffsetCuttingALargerLimitTo100() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long first = create(writer, 10, "A", List.of("technician"), null);
        long second = create(writer, 10, "B", List.of("technician"), null);
        long third = create(writer, 10, "C", List.of("technician"), null);
        String reader = tokens.client(account, "users:read");

        given().auth().oauth2(reader).queryParam("limit", 1).queryParam("offset", 1)
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.id", contains((int) second))
                .body("meta.total", equalTo(3)).body("meta.limit", equalTo(1)).body("meta.offset", equalTo(1));
        given().auth().oauth2(reader).queryParam("limit", 1000)
                .when().get("/v3/users")
                .then().statusCode(200)
                .body("users.id", contains((int) first, (int) second, (int) third))
                .body("meta.limit", equalTo(100));
    }

    @Test
    void shouldListOnlyAUserTokensOwnOrganization() {
        long account = Workforce.newAccount();
        String writer = tokens.client(account, "users:write");
        long mine = create(writer, 10, "Mine", List.of("technician"), null);
        create(writer, 20, "Theirs", List.of("technician"), null);

        given().auth().oauth2(tokens.user(account, mine, 10, List.of("dispatcher"), "users:read"))
                .when().get("/v3/users")
                .then().statusCode(200).body("users.id", contains((int) mine)).body("meta.total", equalTo(1));
        given().auth().oauth2(tokens.user(account, mine, 10, List.of("dispatcher"), "users:read"))
                .queryParam("filter[organization_id_eq]", 20)
                .when().get("/v3/users")
                .then().statusCode(200).body("users", empty());
    }

    @Test
    void shouldRefuseABadRoleFilterOrAnUnknownFilterNamingIt() {
        String reader = tokens.client(Workforce.newAccount(), "users:read");
        given().auth().oauth2(reader).queryParam("filter[by_user_roles]", "technician,plumber")
                .when().get("/v3/users")
                .then().statusCode(400)
                .body("error.code", equalTo("bad_request"))
                .body("error.fields['filter[by_user_roles]'][0]",
                        equalTo("must be a comma-separated list of roles: dispatcher, technician"))
                .body("request_id", notNullValue());
        given().auth().oauth2(reader).queryParam("filter[by_user_roles]", "")
                .when().get("/v3/users")
                .then().statusCode(400)
                .body("error.fields['filter[by_user_roles]'][0]", equalTo("must not be empty"));
        given().auth().oauth2(reader).queryParam("filter[first_name_eq]", "Jim").queryParam("limit", "abc")
                .when().get("/v3/users")
                .then().statusCode(400)
                .body("error.fields", hasKey("filter[first_name_eq]"))
                .body("error.fields.limit", hasSize(1));
    }

    @Test
    void shouldRequireTheUsersReadScopeToList() {
        given().auth().oauth2(tokens.client(Workforce.newAccount(), "users:write"))
                .when().get("/v3/users")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    static long create(String token, long organizationId, String firstName, List<String> roles, String email) {
        Map<String, Object> user = new HashMap<>(Map.of("organization_id", organizationId,
                "first_name", firstName, "last_name", "Johnson", "roles", roles));
        if (email != null) {
            user.put("email", email);
        }
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(user)
                .when().post("/v3/users")
                .then().statusCode(201).extract().path("user.id")).longValue();
    }
}
