package io.fieldline.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code ./fieldline up [--fresh]}: runs the whole suite until Ctrl-C. */
public final class FieldlineUp {

    private FieldlineUp() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("""
                    Usage: ./fieldline up [--fresh]
                    Starts PostgreSQL, Kafka and the four Fieldline services; Ctrl-C stops them all.
                      --fresh   start with empty data (deletes the data directory first)
                    Environment: FIELDLINE_DATA_DIR (default ./.fieldline), FIELDLINE_GATEWAY_PORT (default 8080; the
                                 services take the next three ports, and each its management port 100 above its own),
                                 FIELDLINE_IDENTITY_PORT, FIELDLINE_TECHNICIAN_PORT, FIELDLINE_JOB_PORT,
                                 FIELDLINE_POSTGRES_PORT (54329), FIELDLINE_KAFKA_PORT (19092),
                                 FIELDLINE_KAFKA_CONTROLLER_PORT (19093),
                                 FIELDLINE_BOOTSTRAP_CLIENT_ID, FIELDLINE_BOOTSTRAP_CLIENT_SECRET""");
            return;
        }
        Path root = Path.of(System.getProperty("fieldline.home", ".")).toAbsolutePath().normalize();
        Path dataDir = SuiteSettings.dataDir(root, System.getenv());
        if (arguments.contains("--fresh")) {
            Progress.CONSOLE.step("Deleting the data in " + dataDir);
            DataDirectory.empty(dataDir);
        }
        SuiteSettings settings = SuiteSettings.fromEnvironment(root, System.getenv());
        List<String> taken = settings.portsInUse();
        if (!taken.isEmpty()) {
            System.err.println("Cannot start: " + String.join(", ", taken) + " in use by another process. Stop it, or "
                    + "choose other ports (./fieldline up --help), e.g. FIELDLINE_GATEWAY_PORT=28080.");
            System.exit(1);
        }
        Suite suite = Suite.start(settings, Progress.CONSOLE);
        settings.recordGatewayUrl();
        // the suite stops itself from its own shutdown hook when Ctrl-C ends this JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("\n==> Stopping Fieldline")));
        printWelcome(settings);
        Optional<ServiceProcess> ended = suite.awaitServiceEnding();
        if (ended.isPresent()) {
            // half a suite answers some requests and not others: stop it all and say why
            System.err.println("\n==> " + ended.get().exitReport() + "==> Stopping the rest of Fieldline");
            System.exit(1);
        }
    }

    private static void printWelcome(SuiteSettings settings) {
        String gateway = settings.gatewayUrl();
        LocalSecrets secrets = settings.secrets();
        System.out.printf("""

                Fieldline is running. Data: %s (logs in logs/)
                  Gateway:     %s
                  Swagger UI:  %s/q/swagger-ui
                  Health:      %s/q/health/ready  (metrics: /q/metrics; each service's API port + 100)
                  Demo client: client_id=%s  client_secret=%s

                Get a token:
                  curl -s %s/v3/oauth/token -H 'Content-Type: application/json' \\
                    -d '{"grant_type":"client_credentials","client_id":"%s","client_secret":"%s"}'

                Press Ctrl-C to stop.
                %n""", settings.dataDir(), gateway, gateway, settings.gatewayManagementUrl(),
                secrets.bootstrapClientId(), secrets.bootstrapClientSecret(),
                gateway, secrets.bootstrapClientId(), secrets.bootstrapClientSecret());
    }
}
