package io.fieldline.e2e;

import io.fieldline.local.DataDirectory;
import io.fieldline.local.Durability;
import io.fieldline.local.Progress;
import io.fieldline.local.Suite;
import io.fieldline.local.SuiteSettings;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The whole suite, started as {@code ./fieldline up} starts it (embedded PostgreSQL and Kafka, each service its own
 * JVM), driven only through the gateway as a job source written from the API documents would drive it. The steps
 * build on each other, in order: a token, an empty list, a user, the filled list, the event in job-service, tenants
 * kept apart, a user's own login and its deactivation, integration keys, every route refusing another tenant's data,
 * revoked keys and disabled clients refused, the operator's command line, a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteEndToEndIT {

    private static Path dataDir;
    private static SuiteSettings settings;
    private static Suite suite;
    private static String token;
    private static long technicianId;
    private static long userId;
    private static String userRefreshToken;
    private static String userAccessToken;
    private static SecondAccount second;
    private static long integrationKeyId;
    private static String integrationKey;

    @BeforeAll
    static void startSuite() throws Exception {
        Path root = Path.of(System.getProperty("fieldline.home")).toAbsolutePath().normalize();
        dataDir = root.resolve("e2e/target/suite-data");
        DataDirectory.empty(dataDir);
        settings = SuiteSettings.onFreePorts(root, dataDir, Durability.THROWAWAY);
        suite = Suite.start(settings, Progress.CONSOLE);
        RestAssured.baseURI = suite.gatewayUrl();
    }

    @AfterAll
    static void stopSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void theGatewayIsReadyOnlyWithEveryService() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(2)
    void aJobSourceGetsATokenWithItsClientCredentials() {
        token = given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials",
                        "client_id", settings.secrets().bootstrapClientId(),
                        "client_secret", settings.secrets().bootstrapClientSecret()))
                .when().post("/v3/oauth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(10800))
                .body("refresh_token", notNullValue())
                .extract().path("access_token");
    }

    @Test
    @Order(3)
    void aNewCompanyHasNoTechnicians() {
        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data", empty())
                .body("pagination.total", equalTo(0))
                .body("request_id", notNullValue());
    }

    @Test
    @Order(4)
    void aCreatedTechnicianIsListedAndShown() {
        technicianId = ((Number) given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 10, "first_name", "Mike", "last_name", "Johnson",
                        "roles", List.of("technician"), "phone_number", "+15551234567", "email", "mike@example.com"))
                .when().post("/v3/users")
                .then().statusCode(201)
                .body("user.first_name", equalTo("Mike"))
                .extract().path("user.id")).longValue();

        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data", hasSize(1))
                .body("data[0].technician_id", equalTo((int) technicianId))
                .body("data[0].status", equalTo("Active"))
                .body("pagination.total", equalTo(1));
        given().auth().oauth2(token).queryParam("id", technicianId).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.email", equalTo("mike@example.com"))
                .body("data.phone", equalTo("+15551234567"));
        given().auth().oauth2(token).when().get("/v3/users/{id}", technicianId)
                .then().statusCode(200).body("user.roles", contains("technician"));
    }

    @Test
    @Order(5)
    void theUserEventReachesJobService() throws Exception {
        try (Connection job = DriverManager.getConnection(suite.postgres().jdbcUrl("job"), "postgres", "");
             PreparedStatement find = job.prepareStatement(
                     "SELECT first_name, is_technician, version FROM workforce_user WHERE id = ?")) {
            find.setLong(1, technicianId);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try (ResultSet row = find.executeQuery()) {
                    return row.next() && row.getString(1).equals("Mike") && row.getBoolean(2) && row.getLong(3) == 1;
                }
            });
        }
    }

    @Test
    @Order(6)
    void aTokenWithoutTheScopeIsForbidden() {
        String usersOnly = given().contentType(ContentType.URLENC)
                .formParams("grant_type", "client_credentials", "scope", "users:read",
                        "client_id", settings.secrets().bootstrapClientId(),
                        "client_secret", settings.secrets().bootstrapClientSecret())
                .when().post("/v3/oauth/token")
                .then().statusCode(200).body("scope", equalTo("users:read"))
                .extract().path("access_token");

        given().auth().oauth2(usersOnly).when().get("/api/v1/technicians")
                .then().statusCode(403).body("error.code", equalTo("insufficient_scope"));
    }

    @Test
    @Order(7)
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/technicians")
                .then().statusCode(401).body("error.code", equalTo("unauthorized"));
    }

    @Test
    @Order(8)
    void theTechniciansApiIsReadOnly() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/technicians")
                .then().statusCode(405).body("error.code", equalTo("method_not_allowed"));
    }

    @Test
    @Order(9)
    void anotherAccountNeitherSeesNorReadsThisAccountsTechnician() {
        second = SecondAccount.create(operatorToken());
        String otherToken = second.token();

        given().auth().oauth2(otherToken).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        given().auth().oauth2(otherToken).queryParam("id", technicianId).when().get("/api/v1/technicians")
                .then().statusCode(404).body("error.code", equalTo("not_found"));
        given().auth().oauth2(otherToken).when().get("/v3/users/{id}", technicianId)
                .then().statusCode(404);
    }

    @Test
    @Order(10)
    void aUserLogsInWithEmailAndPasswordAndSeesOnlyItsOrganization() {
        userId = ((Number) given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 20, "first_name", "Dana", "last_name", "Dispatcher",
                        "roles", List.of("dispatcher", "technician"), "email", "dana@example.com",
                        "password", "supersecretpassword"))
                .when().post("/v3/users")
                .then().statusCode(201).extract().path("user.id")).longValue();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> userLogin().statusCode() == 200);
        Map<String, Object> login = userLogin().then().statusCode(200).extract().as(Map.class);
        userRefreshToken = (String) login.get("refresh_token");
        userAccessToken = (String) login.get("access_token");

        given().auth().oauth2((String) login.get("access_token")).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data.technician_id", contains((int) userId));
        given().auth().oauth2((String) login.get("access_token")).queryParam("id", technicianId)
                .when().get("/api/v1/technicians")
                .then().statusCode(404);
    }

    @Test
    @Order(11)
    void aDeactivatedUserLosesAccessAtOnceAndCanNeitherLogInNorRefresh() {
        given().auth().oauth2(userAccessToken).when().get("/api/v1/technicians").then().statusCode(200);

        given().auth().oauth2(token).when().delete("/v3/users/{id}", userId).then().statusCode(204);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(userAccessToken).when().get("/api/v1/technicians").statusCode() == 401);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> userLogin().statusCode() == 400);
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", userRefreshToken))
                .when().post("/v3/oauth/token")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    @Order(12)
    void anIntegrationKeyActsAsItsClientInEitherHeader() {
        Map<String, Object> key = given().auth().oauth2(operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Dispatch sync"))
                .when().post("/admin/clients/{id}/integration-keys", second.clientId())
                .then().statusCode(201).extract().path("integration_key");
        integrationKeyId = ((Number) key.get("id")).longValue();
        integrationKey = (String) key.get("key");

        given().header("Authorization", "INTEGRATION-KEY " + integrationKey).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        long created = ((Number) given().header("X-Auth-Token", integrationKey).contentType(ContentType.JSON)
                .body(Map.of("organization_id", 30, "first_name", "Kim", "last_name", "Keyed",
                        "roles", List.of("technician"), "email", "kim@example.com"))
                .when().post("/v3/users")
                .then().statusCode(201).extract().path("user.id")).longValue();

        given().header("X-Auth-Token", integrationKey).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.technician_id", contains((int) created));
        given().auth().oauth2(second.token()).when().get("/v3/users/{id}", created).then().statusCode(200);
        given().auth().oauth2(token).when().get("/v3/users/{id}", created).then().statusCode(404);
        given().header("X-Auth-Token", integrationKey).when().get("/v3/users/{id}", technicianId).then().statusCode(404);
    }

    @Test
    @Order(13)
    void anAccountNeverReadsOrChangesAnotherAccountsDataThroughAnyRoute() {
        String otherToken = second.token();
        Map<String, Object> ownTokens = given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials",
                        "client_id", settings.secrets().bootstrapClientId(),
                        "client_secret", settings.secrets().bootstrapClientSecret()))
                .when().post("/v3/oauth/token").then().statusCode(200).extract().as(Map.class);

        for (var other : List.of(given().auth().oauth2(otherToken), given().header("X-Auth-Token", integrationKey))) {
            other.when().get("/v3/users/{id}", technicianId).then().statusCode(404);
        }
        given().auth().oauth2(otherToken).contentType(ContentType.JSON).body(Map.of("first_name", "Hijacked"))
                .when().patch("/v3/users/{id}", technicianId).then().statusCode(404);
        given().auth().oauth2(otherToken).when().delete("/v3/users/{id}", technicianId).then().statusCode(404);
        given().auth().oauth2(otherToken).when().post("/v3/users/{id}/restore", technicianId).then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data.technician_id", not(hasItem((int) technicianId)));
        given().auth().oauth2(otherToken).queryParam("id", technicianId).when().get("/api/v1/technicians")
                .then().statusCode(404);
        given().auth().oauth2(otherToken).when().get("/admin/accounts").then().statusCode(403);

        asSecondClient().formParam("token", ownTokens.get("access_token"))
                .when().post("/v3/oauth/introspect").then().statusCode(200).body("active", equalTo(false));
        asSecondClient().formParam("token", ownTokens.get("refresh_token"))
                .when().post("/v3/oauth/introspect").then().statusCode(200).body("active", equalTo(false));
        asSecondClient().formParam("token", ownTokens.get("access_token"))
                .when().post("/v3/oauth/revoke").then().statusCode(400);
        asSecondClient().formParam("grant_type", "refresh_token").formParam("refresh_token", ownTokens.get("refresh_token"))
                .when().post("/v3/oauth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));

        // nothing of the first account changed, and its tokens still work
        given().auth().oauth2((String) ownTokens.get("access_token")).when().get("/v3/users/{id}", technicianId)
                .then().statusCode(200).body("user.first_name", equalTo("Mike"));
        given().auth().oauth2((String) ownTokens.get("access_token")).queryParam("id", technicianId)
                .when().get("/api/v1/technicians").then().statusCode(200).body("data.status", equalTo("Active"));
        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "refresh_token", "refresh_token", ownTokens.get("refresh_token")))
                .when().post("/v3/oauth/token").then().statusCode(200);
    }

    @Test
    @Order(14)
    void aRevokedIntegrationKeyIsRefusedWithinSeconds() {
        given().auth().oauth2(operatorToken()).when().delete("/admin/integration-keys/{id}", integrationKeyId)
                .then().statusCode(204);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().header("X-Auth-Token", integrationKey).when().get("/api/v1/technicians").statusCode() == 401);
        given().header("Authorization", "INTEGRATION-KEY " + integrationKey).when().get("/api/v1/technicians")
                .then().statusCode(401).body("error.message", equalTo("Invalid or revoked integration key"));
    }

    @Test
    @Order(15)
    void aDisabledClientLosesAccessWithinSeconds() {
        String clientToken = second.token();
        given().auth().oauth2(clientToken).when().get("/api/v1/technicians").then().statusCode(200);

        given().auth().oauth2(operatorToken()).contentType(ContentType.JSON).body(Map.of("disabled", true))
                .when().patch("/admin/clients/{id}", second.clientId())
                .then().statusCode(200).body("client.disabled", equalTo(true));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(clientToken).when().get("/api/v1/technicians").statusCode() == 401);
        asSecondClient().formParam("grant_type", "client_credentials")
                .when().post("/v3/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().oauth2(operatorToken()).queryParam("action", "client.updated").when().get("/admin/audit-events")
                .then().statusCode(200)
                .body("audit_events[0].target", equalTo("client:" + second.clientId()))
                .body("audit_events[0].actor", equalTo(settings.secrets().bootstrapClientId()));
    }

    @Test
    @Order(16)
    void anOperatorCreatesAnAccountAClientAndAnIntegrationKeyFromTheCommandLine() throws Exception {
        List<String> account = fieldlineAdmin("account", "create", "--name", "Made on the command line");
        String accountId = account.get(account.size() - 1).replaceAll("^Created account (\\d+) .*$", "$1");
        List<String> client = fieldlineAdmin("client", "create", "--account", accountId, "--scopes", "technicians:read");
        String clientId = client.get(0).replaceAll("^Created client (\\S+) of account .*$", "$1");
        String secret = client.get(client.size() - 1);
        List<String> key = fieldlineAdmin("integration-key", "create", "--client", clientId);

        given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when().post("/v3/oauth/token").then().statusCode(200).body("scope", equalTo("technicians:read"));
        given().header("X-Auth-Token", key.get(key.size() - 1)).when().get("/api/v1/technicians")
                .then().statusCode(200).body("data", empty());
        assertThat(fieldlineAdmin("keys", "rotate").get(0), startsWith("New signing key "));
    }

    @Test
    @Order(17)
    void dataAndIssuedTokensSurviveARestart() throws Exception {
        suite.close();
        suite = Suite.start(settings, Progress.CONSOLE);

        given().auth().oauth2(token).when().get("/api/v1/technicians")
                .then().statusCode(200)
                .body("data[0].technician_id", equalTo((int) technicianId));
    }

    private static String operatorToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "scope", "admin",
                        "client_id", settings.secrets().bootstrapClientId(),
                        "client_secret", settings.secrets().bootstrapClientSecret()))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification asSecondClient() {
        return given().auth().preemptive().basic(second.clientId(), second.clientSecret()).contentType(ContentType.URLENC);
    }

    /** Runs {@code ./fieldline admin ...} against the suite as an operator would, and returns what it printed. */
    private static List<String> fieldlineAdmin(String... arguments) throws Exception {
        Path root = settings.repositoryRoot();
        // the reactor has just built every module: the script need not build again
        Files.writeString(root.resolve("deploy/local/target/build.stamp"), "");
        List<String> command = new ArrayList<>(List.of("./fieldline", "admin"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("FIELDLINE_DATA_DIR", dataDir.toString());
        builder.environment().put("FIELDLINE_GATEWAY_PORT", String.valueOf(settings.gatewayPort()));
        Process process = builder.start();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(String.join("\n", output), process.waitFor(), equalTo(0));
        return output;
    }

    private static io.restassured.response.Response userLogin() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", "dana@example.com", "password", "supersecretpassword",
                        "client_id", settings.secrets().bootstrapClientId(),
                        "client_secret", settings.secrets().bootstrapClientSecret()))
                .when().post("/v3/oauth/token");
    }
}
