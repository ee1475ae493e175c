package io.fieldline.e2e;

import io.fieldline.local.DataDirectory;
import io.fieldline.local.Durability;
import io.fieldline.local.Progress;
import io.fieldline.local.Suite;
import io.fieldline.local.SuiteSettings;
import io.restassured.http.ContentType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The whole suite, started as {@code ./fieldline up} starts it (embedded PostgreSQL and Kafka, each service its own
 * JVM), once for every scenario of this module. It keeps its ports and its data directory across a restart, so a
 * scenario that runs after {@link RestartIT} finds it as any other does.
 */
final class SharedSuite implements AutoCloseable {

    private final SuiteSettings settings;
    private Suite suite;

    private SharedSuite(SuiteSettings settings, Suite suite) {
        this.settings = settings;
        this.suite = suite;
    }

    static SharedSuite start() throws Exception {
        Path root = Path.of(System.getProperty("fieldline.home")).toAbsolutePath().normalize();
        Path dataDir = root.resolve("e2e/target/suite-data");
        DataDirectory.empty(dataDir);
        // the data is deleted before the next run: durable commits would only slow the scenarios down; a restart is a
        // clean stop, which loses nothing either way
        SuiteSettings settings = SuiteSettings.onFreePorts(root, dataDir, Durability.THROWAWAY);
        return new SharedSuite(settings, Suite.start(settings, Progress.CONSOLE));
    }

    SuiteSettings settings() {
        return settings;
    }

    String gatewayUrl() {
        return settings.gatewayUrl();
    }

    /** A connection to one service's own database, for what only that service shows (e.g. job-service's read model). */
    synchronized Connection database(String name) throws SQLException {
        return DriverManager.getConnection(suite.postgres().jdbcUrl(name), "postgres", "");
    }

    /** Stops every service, Kafka and PostgreSQL, and starts them again on the same ports and data. */
    synchronized void restart() throws Exception {
        suite.close();
        suite = Suite.start(settings, Progress.CONSOLE);
    }

    /** An access token of the bootstrap client with the {@code admin} scope, as {@code ./fieldline admin} signs in. */
    String operatorToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("grant_type", "client_credentials", "scope", "admin",
                        "client_id", settings.secrets().bootstrapClientId(),
                        "client_secret", settings.secrets().bootstrapClientSecret()))
                .when().post("/v3/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A new account of its own with a job-source client that may read and write users and log them in. */
    Tenant newTenant(String name) {
        return Tenant.create(operatorToken(), name);
    }

    @Override
    public synchronized void close() throws Exception {
        suite.close();
    }
}
