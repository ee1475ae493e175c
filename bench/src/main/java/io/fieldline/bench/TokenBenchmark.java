package io.fieldline.bench;

import io.fieldline.local.DataDirectory;
import io.fieldline.local.Progress;
import io.fieldline.local.Durability;
import io.fieldline.local.Suite;
import io.fieldline.local.SuiteSettings;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures the token endpoint of a fresh local suite: grants per second and p50/p99 latency per grant type, directly
 * at identity-service and through the gateway, at 16 and 64 concurrent clients, each after a warm-up and as the median
 * of a few rounds (figures on a shared two-core machine vary from one round to the next).
 */
public final class TokenBenchmark {

    private static final String JSON = "application/json";
    private static final String PASSWORD = "benchmark-password-1";
    private static final String EMAIL = "bench@example.com";

    private final SuiteSettings settings;
    private final int warmupSeconds;
    private final int measureSeconds;
    private final int rounds;
    private final List<String> grants;
    private final List<String> vias;

    private TokenBenchmark(SuiteSettings settings, int warmupSeconds, int measureSeconds, int rounds,
                           List<String> grants, List<String> vias) {
        this.settings = settings;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.rounds = rounds;
        this.grants = grants;
        this.vias = vias;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int warmup = Integer.parseInt(System.getProperty("warmup", "10"));
        int measure = Integer.parseInt(System.getProperty("duration", "10"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        Path root = Path.of(System.getProperty("fieldline.home", ".")).toAbsolutePath().normalize();
        Path dataDir = root.resolve("bench/target/suite-data");
        DataDirectory.empty(dataDir);
        // the token endpoint's limits per client and per address are raised so that the gateway refuses nothing
        SuiteSettings settings = SuiteSettings.onFreePorts(root, dataDir, Durability.DURABLE).withGatewaySettings(Map.of(
                "fieldline.gateway.rate-limit.quotas.oauth-client", "1000000000",
                "fieldline.gateway.rate-limit.quotas.address", "1000000000"));
        try (Suite suite = Suite.start(settings, Progress.CONSOLE)) {
            new TokenBenchmark(settings, warmup, measure, rounds,
                    words(System.getProperty("grants", "client_credentials refresh_token password")),
                    words(System.getProperty("via", "identity gateway"))).run();
        }
    }

    private static List<String> words(String list) {
        return List.of(list.trim().split("\\s+"));
    }

    private URI endpoint(String via) {
        return URI.create((via.equals("identity") ? "http://localhost:" + settings.identityPort()
                : settings.gatewayUrl()) + "/v3/oauth/token");
    }

    private void run() throws Exception {
        Progress.CONSOLE.step("Creating a user with a password for the password grant");
        createPasswordUser();
        List<String> rows = new ArrayList<>();
        rows.add("%-18s  %-8s  %7s  %9s  %8s  %8s  %6s".formatted("grant", "via", "clients", "grants/s", "p50 ms",
                "p99 ms", "errors"));
        try (ClosedLoopLoad load = new ClosedLoopLoad()) {
            // freshly started JVMs on two cores are still compiling their hot paths after one cell's warm-up: warm
            // every path of the fast grants twice as long first, so the first cells are measured as warm as the later
            for (String grant : grants.stream().filter(grant -> !grant.equals("password")).toList()) {
                for (String via : vias) {
                    Progress.CONSOLE.step("Warming up %s via %s for %d s".formatted(grant, via, 2 * warmupSeconds));
                    load.run(endpoint(via), JSON, 16, clientsFor(grant), 2 * warmupSeconds);
                }
            }
            for (String grant : grants) {
                for (String via : vias) {
                    for (int clients : List.of(16, 64)) {
                        URI endpoint = endpoint(via);
                        Progress.CONSOLE.step("%s via %s, %d clients: warming up %d s, then %d rounds of %d s"
                                .formatted(grant, via, clients, warmupSeconds, rounds, measureSeconds));
                        load.run(endpoint, JSON, clients, clientsFor(grant), warmupSeconds);
                        List<ClosedLoopLoad.Result> results = new ArrayList<>();
                        for (int round = 1; round <= rounds; round++) {
                            ClosedLoopLoad.Result result = load.run(endpoint, JSON, clients, clientsFor(grant),
                                    measureSeconds);
                            System.out.println("      round %d: %s".formatted(round,
                                    row(grant, via, clients, result)));
                            results.add(result);
                        }
                        String row = row(grant, via, clients, median(results));
                        System.out.println("    median: " + row);
                        rows.add(row);
                    }
                }
            }
        }
        System.out.println();
        System.out.println("Each row is the median of %d rounds of %d s, by grants per second.".formatted(rounds,
                measureSeconds));
        rows.forEach(System.out::println);
        System.out.println("""

                Reference, Keycloak 26.5.6 on a 2-core machine of this kind, plain HTTP on loopback, warm: ~1,900
                client_credentials/s, ~1,850 refreshes/s, ~75 password grants/s (Argon2id, 5 passes, 7 MiB), p99 ~25 ms
                at 16 clients. Fieldline's password hashing: Argon2id, 5 passes, 7 MiB.""");
    }

    private static String row(String grant, String via, int clients, ClosedLoopLoad.Result result) {
        return "%-18s  %-8s  %7d  %9.0f  %8.1f  %8.1f  %6d".formatted(grant, via, clients, result.perSecond(),
                result.p50Millis(), result.p99Millis(), result.errors());
    }

    /** The round with the median throughput, so that one round's latencies come with its rate. */
    private static ClosedLoopLoad.Result median(List<ClosedLoopLoad.Result> results) {
        List<ClosedLoopLoad.Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(ClosedLoopLoad.Result::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    private Function<Integer, ClosedLoopLoad.Client> clientsFor(String grant) {
        String clientId = settings.secrets().bootstrapClientId();
        String secret = settings.secrets().bootstrapClientSecret();
        Buffer clientCredentials = new JsonObject().put("grant_type", "client_credentials").put("client_id", clientId)
                .put("client_secret", secret).toBuffer();
        return switch (grant) {
            case "client_credentials" -> index -> previous -> clientCredentials;
            case "password" -> {
                Buffer body = new JsonObject().put("grant_type", "password").put("username", EMAIL)
                        .put("password", PASSWORD).put("client_id", clientId).put("client_secret", secret).toBuffer();
                yield index -> previous -> body;
            }
            default -> index -> new RefreshingClient(clientCredentials);
        };
    }

    /**
     * The refresh token of an answer, found rather than parsed: the load generator shares the machine with the suite,
     * and parsing every answer whole would take CPU from what is measured.
     */
    private static String refreshTokenOf(String answer) {
        String field = "\"refresh_token\":\"";
        int start = answer.indexOf(field) + field.length();
        return answer.substring(start, answer.indexOf('"', start));
    }

    /** Starts with a client-credentials grant, then refreshes with the refresh token of each answer. */
    private static final class RefreshingClient implements ClosedLoopLoad.Client {

        private final Buffer start;
        private String refreshToken;

        RefreshingClient(Buffer start) {
            this.start = start;
        }

        @Override
        public Buffer nextBody(Buffer previousAnswer) {
            if (previousAnswer != null) {
                refreshToken = refreshTokenOf(previousAnswer.toString());
            }
            return refreshToken == null ? start
                    : new JsonObject().put("grant_type", "refresh_token").put("refresh_token", refreshToken).toBuffer();
        }
    }

    private void createPasswordUser() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = new JsonObject(send(http, "/v3/oauth/token", null, new JsonObject()
                .put("grant_type", "client_credentials").put("client_id", settings.secrets().bootstrapClientId())
                .put("client_secret", settings.secrets().bootstrapClientSecret()))).getString("access_token");
        long organization = new JsonObject(send(http, "/v3/organizations", token, new JsonObject()
                .put("name", "Benchmark Plumbing").put("email", "office@bench.example.com")))
                .getJsonObject("organization").getLong("id");
        send(http, "/v3/users", token, new JsonObject().put("organization_id", organization).put("first_name", "Bench")
                .put("last_name", "Mark").put("roles", List.of("dispatcher")).put("email", EMAIL).put("password", PASSWORD));
        JsonObject login = new JsonObject().put("grant_type", "password").put("username", EMAIL).put("password", PASSWORD)
                .put("client_id", settings.secrets().bootstrapClientId())
                .put("client_secret", settings.secrets().bootstrapClientSecret());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (post(http, "/v3/oauth/token", null, login).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the benchmark user could not log in");
    }

    private String send(HttpClient http, String path, String token, JsonObject body) throws Exception {
        HttpResponse<String> response = post(http, path, token, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> post(HttpClient http, String path, String token, JsonObject body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + path))
                .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
