package io.fieldline.bench;

import io.fieldline.local.DataDirectory;
import io.fieldline.local.Durability;
import io.fieldline.local.Progress;
import io.fieldline.local.Suite;
import io.fieldline.local.SuiteSettings;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the gateway costs: the same {@code GET /api/v1/technicians} (one page of 20 technicians) directly at
 * technician-service and through the gateway (token check and rate limiting on, quotas raised so nothing is refused),
 * in alternating rounds of one run, at 16 clients. Prints both throughputs, their ratio and the latency the gateway
 * adds at p50 and p99 (targets: at least 85 % of direct throughput, at most 1 ms added at p50 and 3 ms at p99).
 */
public final class GatewayBenchmark {

    private static final int CLIENTS = 16;
    private static final int TECHNICIANS = 20;
    private static final String LIST = "/api/v1/technicians?per_page=" + TECHNICIANS;

    private final SuiteSettings settings;
    private final int warmupSeconds;
    private final int measureSeconds;
    private final int rounds;

    private GatewayBenchmark(SuiteSettings settings, int warmupSeconds, int measureSeconds, int rounds) {
        this.settings = settings;
        this.warmupSeconds = warmupSeconds;
        this.measureSeconds = measureSeconds;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Path root = Path.of(System.getProperty("fieldline.home", ".")).toAbsolutePath().normalize();
        Path dataDir = root.resolve("bench/target/suite-data");
        DataDirectory.empty(dataDir);
        String unlimited = "1000000000";
        SuiteSettings settings = SuiteSettings.onFreePorts(root, dataDir, Durability.DURABLE).withGatewaySettings(Map.of(
                "fieldline.gateway.rate-limit.quotas.client", unlimited,
                "fieldline.gateway.rate-limit.quotas.technicians-list", unlimited));
        try (Suite suite = Suite.start(settings, Progress.CONSOLE)) {
            new GatewayBenchmark(settings, Integer.parseInt(System.getProperty("warmup", "10")),
                    Integer.parseInt(System.getProperty("duration", "10")),
                    Integer.parseInt(System.getProperty("rounds", "3"))).run();
        }
    }

    private void run() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = new JsonObject(post(http, "/v3/oauth/token", null, new JsonObject()
                .put("grant_type", "client_credentials").put("client_id", settings.secrets().bootstrapClientId())
                .put("client_secret", settings.secrets().bootstrapClientSecret()))).getString("access_token");
        Progress.CONSOLE.step("Creating " + TECHNICIANS + " technicians");
        long organization = new JsonObject(post(http, "/v3/organizations", token, new JsonObject()
                .put("name", "Benchmark Plumbing").put("email", "office@bench.example.com")))
                .getJsonObject("organization").getLong("id");
        for (int i = 1; i <= TECHNICIANS; i++) {
            post(http, "/v3/users", token, new JsonObject().put("organization_id", organization)
                    .put("first_name", "Tech" + i).put("last_name", "Bench").put("roles", List.of("technician"))
                    .put("email", "tech" + i + "@bench.example.com"));
        }
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        URI direct = URI.create("http://localhost:" + settings.technicianPort() + LIST);
        URI gateway = URI.create(settings.gatewayUrl() + LIST);
        List<ClosedLoopLoad.Result> directResults = new ArrayList<>();
        List<ClosedLoopLoad.Result> gatewayResults = new ArrayList<>();
        try (ClosedLoopLoad load = new ClosedLoopLoad()) {
            Progress.CONSOLE.step("Warming up both paths for %d s each".formatted(2 * warmupSeconds));
            load.get(direct, bearer, CLIENTS, 2 * warmupSeconds);
            load.get(gateway, bearer, CLIENTS, 2 * warmupSeconds);
            for (int round = 1; round <= rounds; round++) {
                Progress.CONSOLE.step("Round %d of %d: %d s direct, then %d s through the gateway"
                        .formatted(round, rounds, measureSeconds, measureSeconds));
                directResults.add(load.get(direct, bearer, CLIENTS, measureSeconds));
                gatewayResults.add(load.get(gateway, bearer, CLIENTS, measureSeconds));
                System.out.println("      direct  " + row(directResults.get(round - 1)));
                System.out.println("      gateway " + row(gatewayResults.get(round - 1)));
            }
        }
        ClosedLoopLoad.Result viaService = median(directResults);
        ClosedLoopLoad.Result viaGateway = median(gatewayResults);
        System.out.println();
        System.out.println("GET " + LIST + ", " + CLIENTS + " clients, median of " + rounds + " rounds of "
                + measureSeconds + " s each:");
        System.out.println("  direct at technician-service  " + row(viaService));
        System.out.println("  through the gateway           " + row(viaGateway));
        System.out.printf("  gateway / direct throughput:  %.0f %% (target >= 85 %%)%n",
                100 * viaGateway.perSecond() / viaService.perSecond());
        System.out.printf("  added latency:                p50 %+.2f ms (target <= 1), p99 %+.2f ms (target <= 3)%n",
                viaGateway.p50Millis() - viaService.p50Millis(), viaGateway.p99Millis() - viaService.p99Millis());
    }

    private static String row(ClosedLoopLoad.Result result) {
        return "%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  errors %d".formatted(result.perSecond(), result.p50Millis(),
                result.p99Millis(), result.errors());
    }

    /** The round with the median throughput, so that one round's latencies come with its rate. */
    private static ClosedLoopLoad.Result median(List<ClosedLoopLoad.Result> results) {
        List<ClosedLoopLoad.Result> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingDouble(ClosedLoopLoad.Result::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    private String post(HttpClient http, String path, String token, JsonObject body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
