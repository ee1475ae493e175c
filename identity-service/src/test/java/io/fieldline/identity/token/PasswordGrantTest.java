package io.fieldline.identity.token;

import io.fieldline.identity.client.SecretHasher;
import io.fieldline.testkit.EmbeddedInfrastructureResource;
import io.fieldline.testkit.TopicWriter;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** {@code grant_type=password}, as the API document's "User Credentials" section describes it. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "identity"))
class PasswordGrantTest {

    private static final AtomicLong USER_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final String SERVICE_AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("technician-service:test-only-internal-secret-0123456789abcdef".getBytes());

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String kafka;

    @Inject
    Pool database;

    @Inject
    SecretHasher hasher;

    TopicWriter events;
    long account;

    @BeforeEach
    void connect() {
        events = new TopicWriter(kafka);
        account = database.preparedQuery("SELECT account_id FROM oauth_client WHERE client_id = $1")
                .execute(Tuple.of(OAuthClients.CLIENT_ID)).await().indefinitely().iterator().next().getLong("account_id");
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void shouldGiveAUserATokenForItsOrganizationAndRoles() throws Exception {
        long user = userWithPassword("jim@joesplumbing.com", "supersecretpassword");

        Map<String, Object> token = login("jim@joesplumbing.com", "supersecretpassword");

        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder()
                .decode(((String) token.get("access_token")).split("\\.")[1])));
        assertThat(claims.getSubject(), equalTo(String.valueOf(user)));
        assertThat(claims.getClaimValue("org", Long.class), equalTo(10L));
        assertThat(claims.getStringListClaimValue("roles"), contains("technician"));
        assertThat(claims.getClaimValue("acct", Long.class), equalTo(account));
        assertThat(token.get("token_type"), equalTo("bearer"));
        assertThat(token.get("expires_in"), equalTo(10800));
    }

    @Test
    void shouldNeverGiveAUserTheOperatorsScopeThoughItsClientHasIt() {
        userWithPassword("olga@joesplumbing.com", "supersecretpassword");

        Map<String, Object> token = login("olga@joesplumbing.com", "supersecretpassword");
        assertThat(List.of(((String) token.get("scope")).split(" ")), not(hasItem("admin")));
        assertThat(List.of(((String) token.get("scope")).split(" ")), hasItem("users:read"));

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", "olga@joesplumbing.com",
                        "password", "supersecretpassword", "scope", "admin",
                        "client_id", OAuthClients.CLIENT_ID, "client_secret", OAuthClients.CLIENT_SECRET))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_scope"));
    }

    @Test
    void shouldKeepActingForTheUserAfterARefresh() throws Exception {
        long user = userWithPassword("refresher@example.com", "supersecretpassword");
        String refreshToken = (String) login("refresher@example.com", "supersecretpassword").get("refresh_token");

        Map<String, Object> refreshed = OAuthClients.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));

        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder()
                .decode(((String) refreshed.get("access_token")).split("\\.")[1])));
        assertThat(claims.getSubject(), equalTo(String.valueOf(user)));
    }

    @Test
    void shouldAnswerAWrongPasswordAndAnUnknownUserAlike() {
        userWithPassword("careful@example.com", "supersecretpassword");

        loginAttempt("careful@example.com", "not-the-password")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("Invalid username or password"));
        loginAttempt("nobody@example.com", "supersecretpassword")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("Invalid username or password"));
    }

    @Test
    void shouldLetOnlyClientsWithThePasswordGrantSwitchedOnUseIt() {
        String[] tenant = OAuthClients.clientOfAnotherAccount(database, hasher);
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", "x@example.com", "password", "whatever-it-is",
                        "client_id", tenant[0], "client_secret", tenant[1]))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void shouldStopADeactivatedUserAndRevokeItsRefreshTokens() {
        long user = userWithPassword("leaver@example.com", "supersecretpassword");
        String refreshToken = (String) login("leaver@example.com", "supersecretpassword").get("refresh_token");

        publishUser(user, "leaver@example.com", false, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> database
                .preparedQuery("SELECT 1 FROM refresh_token WHERE user_id = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(user)).await().indefinitely().size() == 0);

        given().contentType(ContentType.URLENC).formParams("grant_type", "refresh_token", "refresh_token", refreshToken)
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        loginAttempt("leaver@example.com", "supersecretpassword").then().statusCode(400);

        publishUser(user, "leaver@example.com", true, 3);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                loginAttempt("leaver@example.com", "supersecretpassword").statusCode() == 200);
    }

    @Test
    void shouldUpgradeAnOutdatedHashOnLogin() {
        long user = userWithPassword("old-hash@example.com", "supersecretpassword");
        database.preparedQuery("UPDATE user_credential SET password_hash = $1 WHERE user_id = $2")
                .execute(Tuple.of(argon2WithOneMebibyte("supersecretpassword"), user)).await().indefinitely();

        login("old-hash@example.com", "supersecretpassword");

        String upgraded = database.preparedQuery("SELECT password_hash FROM user_credential WHERE user_id = $1")
                .execute(Tuple.of(user)).await().indefinitely().iterator().next().getString(0);
        assertThat(upgraded, startsWith("$argon2id$v=19$m=7168,t=5,p=1$"));
    }

    @Test
    void shouldLockAnEmailAfterRepeatedFailuresWhetherOrNotTheUserExists() {
        userWithPassword("targeted@example.com", "supersecretpassword");
        for (int attempt = 0; attempt < 5; attempt++) {
            loginAttempt("targeted@example.com", "guess-" + attempt).then().statusCode(400);
            loginAttempt("ghost@example.com", "guess-" + attempt).then().statusCode(400);
        }

        loginAttempt("targeted@example.com", "supersecretpassword")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", equalTo("Too many failed attempts; try again later"));
        loginAttempt("ghost@example.com", "anything-at-all")
                .then().statusCode(400)
                .body("error_description", equalTo("Too many failed attempts; try again later"));
    }

    @Test
    void shouldLockAClientAfterRepeatedWrongSecrets() {
        String[] client = OAuthClients.anotherClient(database, hasher);
        // authenticated just before: remembered, and locked all the same
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", client[0], "client_secret", client[1]))
                .when().post("/v3/oauth/token")
                .then().statusCode(200);
        for (int attempt = 0; attempt < 5; attempt++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("grant_type", "client_credentials", "client_id", client[0], "client_secret", "guess"))
                    .when().post("/v3/oauth/token")
                    .then().statusCode(401);
        }

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", client[0], "client_secret", client[1]))
                .when().post("/v3/oauth/token")
                .then().statusCode(401)
                .body("error", equalTo("invalid_client"))
                .body("error_description", equalTo("Too many failed attempts; try again later"));
    }

    @Test
    void shouldRefuseSettingAPasswordWithoutServiceAuthentication() {
        given().contentType(ContentType.JSON).body(Map.of("account_id", account, "password", "supersecretpassword"))
                .when().put("/internal/users/{id}/password", 1)
                .then().statusCode(401);
    }

    @Test
    void shouldRefuseATooShortPasswordNamingTheField() {
        given().header("Authorization", SERVICE_AUTH).contentType(ContentType.JSON)
                .body(Map.of("account_id", account, "password", "short"))
                .when().put("/internal/users/{id}/password", 1)
                .then().statusCode(422)
                .body("error.fields.password[0]", equalTo("must be 8 to 128 characters"));
    }

    private long userWithPassword(String email, String password) {
        long user = USER_IDS.incrementAndGet();
        given().header("Authorization", SERVICE_AUTH).contentType(ContentType.JSON)
                .body(Map.of("account_id", account, "password", password))
                .when().put("/internal/users/{id}/password", user)
                .then().statusCode(204);
        publishUser(user, email, true, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> database
                .preparedQuery("SELECT 1 FROM login_user WHERE id = $1 AND active").execute(Tuple.of(user))
                .await().indefinitely().size() == 1);
        return user;
    }

    private void publishUser(long id, String email, boolean active, long version) {
        events.send("fieldline.workforce.users", "fieldline.workforce.user.updated.v1", String.valueOf(id), """
                {"id":%d,"account_id":%d,"organization_id":10,"first_name":"Jim","last_name":"T","email":"%s",
                 "phone_number":null,"roles":["technician"],"active":%s,"availability_status":"Available",
                 "vehicle_type":null,"transport_modes":[],"version":%d,
                 "created_at":"2026-01-15T09:30:00Z","updated_at":"2026-01-15T09:30:00Z"}"""
                .formatted(id, account, email, active, version));
    }

    private static Map<String, Object> login(String username, String password) {
        return loginAttempt(username, password).then().statusCode(200).extract().as(Map.class);
    }

    private static io.restassured.response.Response loginAttempt(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", username, "password", password,
                        "client_id", OAuthClients.CLIENT_ID, "client_secret", OAuthClients.CLIENT_SECRET))
                .when().post("/v3/oauth/token");
    }

    private static String argon2WithOneMebibyte(String password) {
        return new io.fieldline.identity.credential.PasswordHasher(1024, 1, 1).hash(password);
    }
}
