package io.fieldline.identity.credential;

import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** technician-service hands over a new user's login facts, so that the user logs in right after it was created. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class UserLoginTest {

    private static final AtomicLong USER_IDS = new AtomicLong(2_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String CLIENT_ID = "test-job-source";
    private static final String CLIENT_SECRET = "test-job-source-secret-0123456789abcdef";

    @Inject
    Pool database;

    long account;
    long user;

    @BeforeEach
    void aUserWithAPassword() {
        account = database.preparedQuery("SELECT account_id FROM oauth_client WHERE client_id = $1")
                .execute(Tuple.of(CLIENT_ID)).await().indefinitely().iterator().next().getLong("account_id");
        user = USER_IDS.incrementAndGet();
        given().header("Authorization", as("technician-service")).contentType(ContentType.JSON)
                .body(Map.of("account_id", account, "password", "supersecretpassword"))
                .when().put("/internal/users/{id}/password", user)
                .then().statusCode(204);
    }

    @Test
    void shouldLetAUserLogInAsSoonAsItsLoginIsHandedOver() {
        given().header("Authorization", as("technician-service")).contentType(ContentType.JSON)
                .body(userEvent(user, "u" + user + "@example.com"))
                .when().put("/internal/users/{id}/login", user)
                .then().statusCode(204);

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", "u" + user + "@example.com",
                        "password", "supersecretpassword", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("access_token", notNullValue());
    }

    @Test
    void shouldTakeLoginFactsFromTechnicianServiceOnly() {
        given().header("Authorization", as("gateway")).contentType(ContentType.JSON)
                .body(userEvent(user, "u" + user + "@example.com"))
                .when().put("/internal/users/{id}/login", user)
                .then().statusCode(401).body("error.code", equalTo("unauthorized"));
    }

    @Test
    void shouldRefuseTheLoginFactsOfAnotherUser() {
        given().header("Authorization", as("technician-service")).contentType(ContentType.JSON)
                .body(userEvent(user + 1, "u" + user + "@example.com"))
                .when().put("/internal/users/{id}/login", user)
                .then().statusCode(422);
    }

    private String userEvent(long id, String email) {
        return """
                {"id":%d,"account_id":%d,"organization_id":10,"first_name":"Jim","last_name":"T","email":"%s",
                 "phone_number":null,"roles":["technician"],"active":true,"availability_status":"Available",
                 "vehicle_type":null,"transport_modes":[],"version":1,
                 "created_at":"2026-01-15T09:30:00Z","updated_at":"2026-01-15T09:30:00Z"}""".formatted(id, account, email);
    }

    private static String as(String service) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((service + ":test-only-internal-secret-0123456789abcdef").getBytes());
    }
}
