package io.fieldline.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The whole Fieldline suite on one machine: embedded PostgreSQL and Kafka, then identity-service, technician-service,
 * job-service and the gateway, each as its own JVM. Used by {@code ./fieldline up} and by the end-to-end tests.
 */
public final class Suite implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final LocalInfrastructure infrastructure;
    private final List<ServiceProcess> services;
    private final SuiteSettings settings;
    /** Stops the services when this JVM is told to stop, so they never outlive the process that started them. */
    private final Thread stopOnExit = new Thread(this::closeQuietly, "fieldline-suite-stop");
    private boolean closed;

    private Suite(LocalInfrastructure infrastructure, List<ServiceProcess> services, SuiteSettings settings) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.settings = settings;
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    public static Suite start(SuiteSettings settings, Progress progress) throws Exception {
        LocalInfrastructure infrastructure = LocalInfrastructure.start(settings.dataDir(), settings.postgresPort(),
                settings.kafkaPort(), settings.kafkaControllerPort(), settings.durability(), progress);
        List<ServiceProcess> services = new ArrayList<>();
        Suite suite = new Suite(infrastructure, services, settings);
        try {
            LocalPostgres postgres = infrastructure.postgres();
            Map<String, String> common = new HashMap<>();
            common.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
            common.put("FIELDLINE_TOKEN_ISSUER", settings.gatewayUrl());
            common.put("FIELDLINE_IDENTITY_URL", url(settings.identityPort()));
            common.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);

            Map<String, String> identity = withDatabase(common, postgres, "identity");
            identity.put("FIELDLINE_BOOTSTRAP_CLIENT_ID", settings.secrets().bootstrapClientId());
            identity.put("FIELDLINE_BOOTSTRAP_CLIENT_SECRET", settings.secrets().bootstrapClientSecret());
            identity.put("FIELDLINE_SECRET_HASH_KEY", settings.secrets().secretHashKey());
            identity.put("FIELDLINE_INTERNAL_SECRET", settings.secrets().internalSecret());
            Map<String, String> technician = withDatabase(common, postgres, "technician");
            technician.put("FIELDLINE_INTERNAL_SECRET", settings.secrets().internalSecret());
            technician.put("FIELDLINE_JOB_URL", url(settings.jobPort()));
            Map<String, String> job = withDatabase(common, postgres, "job");
            job.put("FIELDLINE_DATAFILES_SIGNING_KEY", settings.secrets().datafileSigningKey());
            job.put("FIELDLINE_INTERNAL_SECRET", settings.secrets().internalSecret());
            Map<String, String> gateway = new HashMap<>(common);
            gateway.put("FIELDLINE_TECHNICIAN_URL", url(settings.technicianPort()));
            gateway.put("FIELDLINE_JOB_URL", url(settings.jobPort()));
            gateway.put("FIELDLINE_IDENTITY_MANAGEMENT_URL", url(settings.managementPort(settings.identityPort())));
            gateway.put("FIELDLINE_TECHNICIAN_MANAGEMENT_URL", url(settings.managementPort(settings.technicianPort())));
            gateway.put("FIELDLINE_JOB_MANAGEMENT_URL", url(settings.managementPort(settings.jobPort())));
            gateway.put("FIELDLINE_INTERNAL_SECRET", settings.secrets().internalSecret());
            // exact property names are environment variable names too (MicroProfile Config's first rule)
            gateway.putAll(settings.gatewaySettings());

            services.add(startService(settings, "identity-service", settings.identityPort(), identity, progress));
            services.add(startService(settings, "technician-service", settings.technicianPort(), technician, progress));
            services.add(startService(settings, "job-service", settings.jobPort(), job, progress));
            services.add(startService(settings, "gateway", settings.gatewayPort(), gateway, progress));
            for (ServiceProcess service : services) {
                progress.step("Waiting for " + service.name() + " at " + service.url() + " (management "
                        + service.managementUrl() + ")");
                service.awaitReady(START_TIMEOUT);
            }
            return suite;
        } catch (Exception | Error e) {
            suite.close();
            throw e;
        }
    }

    private static ServiceProcess startService(SuiteSettings settings, String module, int port,
                                               Map<String, String> environment, Progress progress) throws Exception {
        progress.step("Starting " + module + " on port " + port);
        Path jar = settings.repositoryRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.start(module, jar, port, settings.managementPort(port), environment,
                settings.dataDir().resolve("logs"));
    }

    private static Map<String, String> withDatabase(Map<String, String> common, LocalPostgres postgres, String database) {
        Map<String, String> environment = new HashMap<>(common);
        environment.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        return environment;
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    public SuiteSettings settings() {
        return settings;
    }

    public String gatewayUrl() {
        return settings.gatewayUrl();
    }

    public LocalPostgres postgres() {
        return infrastructure.postgres();
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /**
     * Waits while every service runs, and answers the first that ends when the suite was not told to stop, or empty
     * once it was (Ctrl-C): a service that dies is noticed at once, not at the next request.
     */
    Optional<ServiceProcess> awaitServiceEnding() throws InterruptedException, ExecutionException {
        ServiceProcess ended = (ServiceProcess) CompletableFuture.anyOf(
                services.stream().map(ServiceProcess::exited).toArray(CompletableFuture[]::new)).get();
        return stopping() ? Optional.empty() : Optional.of(ended);
    }

    private synchronized boolean stopping() {
        return closed;
    }

    /** Stops the services in reverse order of start, then Kafka and PostgreSQL; stopping twice does nothing. */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is stopping: the hook runs or has run, and closing here is what it would do
        }
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        infrastructure.close();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("Stopping the suite failed: " + e.getMessage());
        }
    }
}
