package io.fieldline.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./fieldline admin ...}: operators' commands against a running local suite, through the gateway's admin API,
 * signed in with the suite's bootstrap client. A new secret or key is printed on the last line, alone.
 */
public final class FieldlineAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE = """
            Usage: ./fieldline admin <command>
              account create --name <name>                       create an account (tenant)
              client create --account <id> --scopes "<scopes>"   create an OAuth client of an account;
                            [--grant-types "<types>"]           prints its secret on the last line
              integration-key create --client <client_id>        create an integration key of a client;
                            [--name <name>]                     prints the key on the last line
              integration-key revoke --id <id>                   revoke an integration key
              keys rotate                                        start a new token signing key
            Each command takes --help. The suite must be running (./fieldline up).""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;
    private final LocalSecrets secrets;

    private FieldlineAdmin(String gateway, LocalSecrets secrets) {
        this.gateway = gateway;
        this.secrets = secrets;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        if (arguments.size() < 2 || arguments.get(0).equals("--help") || arguments.get(0).equals("-h")) {
            System.out.println(USAGE);
            System.exit(arguments.isEmpty() || arguments.get(0).startsWith("-") ? 0 : 2);
        }
        String command = arguments.get(0) + " " + arguments.get(1);
        Map<String, String> options = options(arguments.subList(2, arguments.size()));
        if (options.containsKey("help")) {
            System.out.println(helpOf(command));
            return;
        }
        Path root = Path.of(System.getProperty("fieldline.home", ".")).toAbsolutePath().normalize();
        SuiteSettings settings = SuiteSettings.fromEnvironment(root, System.getenv());
        if (!Files.exists(settings.dataDir().resolve("secrets.properties"))) {
            fail("No local suite in " + settings.dataDir() + ": start it with ./fieldline up");
        }
        FieldlineAdmin admin = new FieldlineAdmin(settings.runningGatewayUrl(System.getenv()), settings.secrets());
        switch (command) {
            case "account create" -> admin.createAccount(required(options, "name"));
            case "client create" -> admin.createClient(required(options, "account"), required(options, "scopes"),
                    options.getOrDefault("grant-types", "client_credentials refresh_token"));
            case "integration-key create" -> admin.createIntegrationKey(required(options, "client"),
                    options.getOrDefault("name", "Integration key"));
            case "integration-key revoke" -> admin.revokeIntegrationKey(required(options, "id"));
            case "keys rotate" -> admin.rotateKeys();
            default -> fail("Unknown command: " + command + "\n" + USAGE);
        }
    }

    private void createAccount(String name) throws Exception {
        JsonNode account = call("POST", "/admin/accounts", Map.of("name", name)).get("account");
        System.out.println("Created account " + account.get("id").asLong() + " (" + account.get("name").asText() + ")");
    }

    private void createClient(String account, String scopes, String grantTypes) throws Exception {
        if (!account.matches("[1-9][0-9]*")) {
            fail("--account must be an account id");
        }
        JsonNode client = call("POST", "/admin/accounts/" + account + "/clients",
                Map.of("scopes", List.of(scopes.trim().split("\\s+")), "grant_types", List.of(grantTypes.trim().split("\\s+"))))
                .get("client");
        System.out.println("Created client " + client.get("client_id").asText() + " of account " + account);
        System.out.println("  scopes:      " + join(client.get("scopes")));
        System.out.println("  grant types: " + join(client.get("grant_types")));
        System.out.println("Its secret, shown only now (store it safely), is on the next line:");
        System.out.println(client.get("client_secret").asText());
    }

    private void createIntegrationKey(String clientId, String name) throws Exception {
        JsonNode key = call("POST", "/admin/clients/" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "/integration-keys", Map.of("name", name)).get("integration_key");
        System.out.println("Created integration key " + key.get("id").asLong() + " (" + key.get("name").asText()
                + ") of client " + clientId);
        System.out.println("Send it as Authorization: INTEGRATION-KEY <key> or X-Auth-Token: <key>.");
        System.out.println("The key, shown only now (store it safely), is on the next line:");
        System.out.println(key.get("key").asText());
    }

    private void revokeIntegrationKey(String id) throws Exception {
        if (!id.matches("[1-9][0-9]*")) {
            fail("--id must be an integration key id");
        }
        call("DELETE", "/admin/integration-keys/" + id, null);
        System.out.println("Revoked integration key " + id + "; the gateway refuses it within seconds");
    }

    private void rotateKeys() throws Exception {
        JsonNode key = call("POST", "/admin/keys/rotate", Map.of()).get("key");
        System.out.println("New signing key " + key.get("kid").asText() + " (" + key.get("algorithm").asText()
                + ") is published now and signs from " + key.get("activates_at").asText());
    }

    private JsonNode call(String method, String path, Map<String, Object> body) throws Exception {
        HttpRequest.BodyPublisher payload = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .method(method, payload).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            fail("The admin API refused (" + response.statusCode() + "): " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private String adminToken() throws Exception {
        String form = "grant_type=client_credentials&scope=admin&client_id="
                + URLEncoder.encode(secrets.bootstrapClientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secrets.bootstrapClientSecret(), StandardCharsets.UTF_8);
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/v3/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException down) {
            fail("Nothing answers at " + gateway + ": start the suite with ./fieldline up");
            return null;
        }
        if (response.statusCode() != 200) {
            fail("Could not sign in as the bootstrap client (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static String helpOf(String command) {
        return switch (command) {
            case "account create" -> "Usage: ./fieldline admin account create --name <name>\nCreates an account (tenant) and prints its id.";
            case "client create" -> """
                    Usage: ./fieldline admin client create --account <id> --scopes "<scope> ..." [--grant-types "<type> ..."]
                    Creates an OAuth client of the account with the given scopes (e.g. "technicians:read users:write") and
                    grant types (client_credentials, password, refresh_token; default client_credentials refresh_token).
                    Prints the client id, then the generated secret alone on the last line.""";
            case "integration-key create" -> """
                    Usage: ./fieldline admin integration-key create --client <client_id> [--name <name>]
                    Creates a long-lived API key of the client, which the gateway accepts as
                    Authorization: INTEGRATION-KEY <key> or X-Auth-Token: <key>, acting as the client with its scopes.
                    Prints the key's id, then the key alone on the last line; it is not shown again.""";
            case "integration-key revoke" -> """
                    Usage: ./fieldline admin integration-key revoke --id <id>
                    Revokes the integration key; the gateway and every service refuse it within seconds.""";
            case "keys rotate" -> """
                    Usage: ./fieldline admin keys rotate
                    Creates a new token signing key: published in the JWKS at once, signing after the publish-ahead
                    period; the old key stays published until every token it signed has expired.""";
            default -> USAGE;
        };
    }

    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(arguments);
        for (int i = 0; i < rest.size(); i++) {
            String argument = rest.get(i);
            if (!argument.startsWith("--")) {
                fail("Unexpected argument: " + argument);
            }
            String name = argument.substring(2);
            if (name.equals("help") || i + 1 >= rest.size()) {
                options.put(name, "");
            } else {
                options.put(name, rest.get(++i));
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            fail("--" + name + " is required");
        }
        return value;
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(" ", values);
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
