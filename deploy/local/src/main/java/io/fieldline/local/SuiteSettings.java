package io.fieldline.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local suite keeps its data, how durably it commits, which ports it listens on, its secrets, and settings
 * the gateway gets beyond its defaults ({@code gatewaySettings}: property name → value, e.g. raised rate limits for a
 * benchmark).
 */
public record SuiteSettings(Path repositoryRoot, Path dataDir, Durability durability, LocalSecrets secrets,
                            int gatewayPort, int identityPort, int technicianPort, int jobPort, int postgresPort,
                            int kafkaPort, int kafkaControllerPort, Map<String, String> gatewaySettings,
                            Map<Integer, Integer> managementPorts) {

    /** How far above its API port a service of {@code ./fieldline up} answers health, metrics and its API document. */
    static final int MANAGEMENT_PORT_OFFSET = 100;

    /**
     * The settings of {@code ./fieldline up}: durable commits, as in production, and fixed ports next to the gateway's,
     * overridable from the environment.
     */
    public static SuiteSettings fromEnvironment(Path repositoryRoot, Map<String, String> environment) throws IOException {
        Path dataDir = dataDir(repositoryRoot, environment);
        int gatewayPort = Integer.parseInt(environment.getOrDefault("FIELDLINE_GATEWAY_PORT", "8080"));
        return new SuiteSettings(repositoryRoot, dataDir, Durability.DURABLE,
                LocalSecrets.loadOrCreate(dataDir, environment), gatewayPort,
                port(environment, "FIELDLINE_IDENTITY_PORT", gatewayPort + 1),
                port(environment, "FIELDLINE_TECHNICIAN_PORT", gatewayPort + 2),
                port(environment, "FIELDLINE_JOB_PORT", gatewayPort + 3),
                port(environment, "FIELDLINE_POSTGRES_PORT", 54329),
                port(environment, "FIELDLINE_KAFKA_PORT", 19092),
                port(environment, "FIELDLINE_KAFKA_CONTROLLER_PORT", 19093), Map.of(), Map.of());
    }

    /** The file in the data directory where {@code ./fieldline up} notes the gateway's URL for {@code ./fieldline admin}. */
    private static final String GATEWAY_URL_FILE = "gateway-url";

    /** Notes where the gateway of this suite listens, so that {@code ./fieldline admin} finds it without being told. */
    public void recordGatewayUrl() throws IOException {
        Files.writeString(dataDir.resolve(GATEWAY_URL_FILE), gatewayUrl());
    }

    /**
     * Where the running suite's gateway listens: {@code FIELDLINE_GATEWAY_PORT} when set, else what
     * {@code ./fieldline up} noted when it started, else these settings' own.
     */
    public String runningGatewayUrl(Map<String, String> environment) throws IOException {
        Path noted = dataDir.resolve(GATEWAY_URL_FILE);
        return environment.containsKey("FIELDLINE_GATEWAY_PORT") || !Files.isReadable(noted) ? gatewayUrl()
                : Files.readString(noted).trim();
    }

    /** Where {@code ./fieldline up} keeps its data: {@code FIELDLINE_DATA_DIR}, else {@code .fieldline} in the repository. */
    public static Path dataDir(Path repositoryRoot, Map<String, String> environment) {
        return Path.of(environment.getOrDefault("FIELDLINE_DATA_DIR", repositoryRoot.resolve(".fieldline").toString()))
                .toAbsolutePath();
    }

    /** Settings on free ports with a data directory of their own, for a benchmark or a test run. */
    public static SuiteSettings onFreePorts(Path repositoryRoot, Path dataDir, Durability durability) throws IOException {
        int gateway = FreePorts.pick();
        int identity = FreePorts.pick();
        int technician = FreePorts.pick();
        int job = FreePorts.pick();
        Map<Integer, Integer> managementPorts = Map.of(gateway, FreePorts.pick(), identity, FreePorts.pick(),
                technician, FreePorts.pick(), job, FreePorts.pick());
        return new SuiteSettings(repositoryRoot, dataDir, durability, LocalSecrets.loadOrCreate(dataDir, Map.of()),
                gateway, identity, technician, job, FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), Map.of(),
                managementPorts);
    }

    /** These settings with {@code settings} given to the gateway as well. */
    public SuiteSettings withGatewaySettings(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(gatewaySettings);
        all.putAll(settings);
        return new SuiteSettings(repositoryRoot, dataDir, durability, secrets, gatewayPort, identityPort,
                technicianPort, jobPort, postgresPort, kafkaPort, kafkaControllerPort, Map.copyOf(all), managementPorts);
    }

    /**
     * The management port of the service on API port {@code port}: {@link #MANAGEMENT_PORT_OFFSET} above it, unless
     * {@code managementPorts} names another (a free one, for a test or a benchmark).
     */
    public int managementPort(int port) {
        return managementPorts.getOrDefault(port, port + MANAGEMENT_PORT_OFFSET);
    }

    private static int port(Map<String, String> environment, String name, int fallback) {
        return Integer.parseInt(environment.getOrDefault(name, String.valueOf(fallback)));
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /**
     * The ports of these settings that another process already holds, each with what would listen there ("port 8081
     * (identity-service)"); empty when all are free.
     */
    public List<String> portsInUse() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", gatewayPort);
        ports.put("identity-service", identityPort);
        ports.put("technician-service", technicianPort);
        ports.put("job-service", jobPort);
        new LinkedHashMap<>(ports).forEach((name, port) -> ports.put(name + " management", managementPort(port)));
        ports.put("PostgreSQL", postgresPort);
        ports.put("Kafka", kafkaPort);
        ports.put("Kafka controller", kafkaControllerPort);
        return ports.entrySet().stream().filter(entry -> !FreePorts.isFree(entry.getValue()))
                .map(entry -> "port " + entry.getValue() + " (" + entry.getKey() + ")").toList();
    }

    /** Where the gateway answers its readiness (every service behind it included) and metrics. */
    public String gatewayManagementUrl() {
        return "http://localhost:" + managementPort(gatewayPort);
    }
}
