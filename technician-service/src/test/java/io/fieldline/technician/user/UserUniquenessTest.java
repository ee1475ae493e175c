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
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * Emails and phone numbers of active users (seed: Users; issue 11, "The model"): an email is unique per account
 * without case, a phone number is unique among the account's active users and stored in E.164, and a deactivated
 * user's number is free again.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "technician"))
@WithTestResource(TestTokensResource.class)
@WithTestResource(IdentityStubResource.class)
@WithTestResource(JobServiceStubResource.class)
class UserUniquenessTest {

    @InjectTestTokens
    TestTokens tokens;

    @Test
    void shouldRefuseASecondActiveUserWithTheSameEmailInAnotherCaseWith409() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        create(writer, Map.of("email", "jim@example.com")).statusCode(201);

        create(writer, Map.of("email", "JIM@Example.com"))
                .statusCode(409)
                .body("error.code", equalTo("conflict"))
                .body("error.message", equalTo("Email already exists"))
                .body("error.fields.email[0]", equalTo("is already used by another active user"));
    }

    @Test
    void shouldStoreAndShowAPhoneNumberInE164() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        create(writer, Map.of("phone_number", "tel:+1-555-123-4567"))
                .statusCode(201)
                .body("user.phone_number", equalTo("+15551234567"));
    }

    @Test
    void shouldRefuseAPhoneNumberThatIsNotAGlobalNumberNamingTheField() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        for (String bad : List.of("555-1234", "+1 555", "+999 1234567", "")) {
            create(writer, Map.of("phone_number", bad))
                    .statusCode(422)
                    .body("error.fields.phone_number[0]",
                            equalTo("must be a valid phone number in RFC 3966 global format, e.g. +15551234567"));
        }
    }

    @Test
    void shouldRefuseASecondActiveUserWithTheSamePhoneNumberSpelledOtherwise() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        create(writer, Map.of("phone_number", "+15551234567")).statusCode(201);

        create(writer, Map.of("phone_number", "+1 (555) 123-4567"))
                .statusCode(409)
                .body("error.message", equalTo("Phone number already exists"))
                .body("error.fields.phone_number[0]", equalTo("is already used by another active user"));
        create(tokens.client(Workforce.newAccount(), "users:write"), Map.of("phone_number", "+15551234567"))
                .statusCode(201);
    }

    @Test
    void shouldFreeADeactivatedUsersPhoneNumberAndNotRestoreItOnceTaken() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        long first = create(writer, Map.of("phone_number", "+15551234567")).statusCode(201)
                .extract().<Integer>path("user.id").longValue();
        given().auth().oauth2(writer).when().delete("/v3/users/{id}", first).then().statusCode(204);

        create(writer, Map.of("phone_number", "+15551234567")).statusCode(201);

        given().auth().oauth2(writer).when().post("/v3/users/{id}/restore", first)
                .then().statusCode(409)
                .body("error.fields.phone_number[0]", equalTo("is already used by another active user"));
    }

    @Test
    void shouldRefuseAnUpdateToAnotherActiveUsersPhoneNumberOrEmail() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        create(writer, Map.of("phone_number", "+15551234567", "email", "jim@example.com")).statusCode(201);
        long other = create(writer, Map.of()).statusCode(201).extract().<Integer>path("user.id").longValue();

        given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("phone_number", "+15551234567"))
                .when().patch("/v3/users/{id}", other)
                .then().statusCode(409).body("error.fields.phone_number[0]", equalTo("is already used by another active user"));
        given().auth().oauth2(writer).contentType(ContentType.JSON).body(Map.of("email", "Jim@example.com"))
                .when().patch("/v3/users/{id}", other)
                .then().statusCode(409).body("error.fields.email[0]", equalTo("is already used by another active user"));
    }

    @Test
    void shouldLetOnlyOneOfManyConcurrentCreatesWithTheSameEmailAndPhoneSucceed() {
        String writer = tokens.client(Workforce.newAccount(), "users:write");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Integer>> answers = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> create(writer,
                            Map.of("email", "race@example.com", "phone_number", "+15557654321"))
                            .extract().statusCode(), clients))
                    .toList();
            List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
            assertThat(statuses, containsInAnyOrder(201, 409, 409, 409, 409, 409, 409, 409));
        } finally {
            clients.shutdown();
        }
    }

    private static ValidatableResponse create(String token, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("organization_id", 10, "first_name", "Jim",
                "last_name", "the Technician", "roles", List.of("technician")));
        body.putAll(extra);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/v3/users").then();
    }
}
