package io.fieldline.testkit;

import io.fieldline.local.Durability;
import io.fieldline.local.LocalInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Starts the real embedded PostgreSQL and Kafka for a service under test, in a throw-away directory under
 * {@code target/}, and points the service's datasource (init arg {@code database}) and Kafka client at them.
 */
public class EmbeddedInfrastructureResource implements QuarkusTestResourceLifecycleManager {

    /** Held so the levels stick: the broker logs through the test JVM's log manager, which starts before Quarkus configures it. */
    private static final List<Logger> QUIET_LOGGERS = Stream.of("kafka", "org.apache.kafka", "state.change.logger")
            .map(Logger::getLogger).toList();

    private String database;
    private Path dataDir;
    private LocalInfrastructure infrastructure;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service");
    }

    @Override
    public Map<String, String> start() {
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.WARNING));
        try {
            dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "embedded-infra-");
            // the data is deleted after the run: durable commits would only slow every test down
            infrastructure = LocalInfrastructure.startOnFreePorts(dataDir, Durability.THROWAWAY);
            infrastructure.postgres().ensureDatabase(database);
        } catch (Exception e) {
            throw new IllegalStateException("could not start embedded PostgreSQL and Kafka", e);
        }
        return Map.of(
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.reactive.url", infrastructure.postgres().reactiveUrl(database),
                "quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(database),
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers(),
                "quarkus.log.category.\"kafka\".level", "WARN",
                "quarkus.log.category.\"org.apache.kafka\".level", "WARN");
    }

    @Override
    public void stop() {
        try {
            if (infrastructure != null) {
                infrastructure.close();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop embedded PostgreSQL and Kafka", e);
        }
    }
}
