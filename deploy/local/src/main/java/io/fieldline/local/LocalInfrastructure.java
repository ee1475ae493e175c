package io.fieldline.local;

import java.nio.file.Path;
import java.util.List;

/** The one place that starts PostgreSQL (one database per service) and Kafka, for the launcher and for tests alike. */
public final class LocalInfrastructure implements AutoCloseable {

    public static final List<String> DATABASES = List.of("identity", "technician", "job");

    private final LocalPostgres postgres;
    private final LocalKafka kafka;

    private LocalInfrastructure(LocalPostgres postgres, LocalKafka kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts PostgreSQL, committing as {@code durability} says, with every service's database, then Kafka. */
    public static LocalInfrastructure start(Path dataDir, int postgresPort, int kafkaPort, int kafkaControllerPort,
                                            Durability durability, Progress progress) throws Exception {
        progress.step("Starting PostgreSQL on port " + postgresPort + (durability == Durability.DURABLE ? ""
                : " (commits not durable: for throw-away test data only)"));
        LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), postgresPort, durability);
        try {
            for (String database : DATABASES) {
                postgres.ensureDatabase(database);
            }
            progress.step("Starting Kafka (KRaft) on port " + kafkaPort);
            LocalKafka kafka = LocalKafka.start(dataDir.resolve("kafka"), kafkaPort, kafkaControllerPort);
            return new LocalInfrastructure(postgres, kafka);
        } catch (Exception | Error e) {
            postgres.close();
            throw e;
        }
    }

    /** Starts both on free ports, for a test run. */
    public static LocalInfrastructure startOnFreePorts(Path dataDir, Durability durability) throws Exception {
        return start(dataDir, FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), durability, Progress.SILENT);
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
