package io.fieldline.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** {@code ./fieldline admin}, run as an operator runs it against the running suite. */
@EndToEnd
class OperatorCommandLineIT {

    private final SharedSuite suite;

    OperatorCommandLineIT(SharedSuite suite) {
        this.suite = suite;
    }

    @Test
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
    }

    @Test
    void anOperatorRotatesTheSigningKeyFromTheCommandLine() throws Exception {
        assertThat(fieldlineAdmin("keys", "rotate").get(0), startsWith("New signing key "));
    }

    /** Runs {@code ./fieldline admin ...} against the suite as an operator would, and returns what it printed. */
    private List<String> fieldlineAdmin(String... arguments) throws Exception {
        Path root = suite.settings().repositoryRoot();
        // the reactor has just built every module: the script need not build again
        Files.writeString(root.resolve("deploy/local/target/build.stamp"), "");
        List<String> command = new ArrayList<>(List.of("./fieldline", "admin"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("FIELDLINE_DATA_DIR", suite.settings().dataDir().toString());
        builder.environment().put("FIELDLINE_GATEWAY_PORT", String.valueOf(suite.settings().gatewayPort()));
        Process process = builder.start();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(String.join("\n", output), process.waitFor(), equalTo(0));
        return output;
    }
}
