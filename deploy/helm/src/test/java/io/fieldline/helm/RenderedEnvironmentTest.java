package io.fieldline.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fieldline.local.Durability;
import io.fieldline.local.FreePorts;
import io.fieldline.local.LocalInfrastructure;
import io.fieldline.local.LocalPostgres;
import io.fieldline.local.LocalSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * identity-service, started from its runnable jar with nothing but the environment the chart renders for it (resolved
 * as the kubelet would, from Secrets holding the keys the chart's README asks for), against embedded PostgreSQL and
 * Kafka: it finds every setting it needs and becomes ready, and issues tokens for the chart's public URL.
 */
class RenderedEnvironmentTest {

    private static final Path SERVICE_JAR = Path.of("../../identity-service/target/quarkus-app/quarkus-run.jar");
    private static final String PUBLIC_URL = "https://fieldline.test";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path work;

    private static LocalInfrastructure infrastructure;
    private static Process service;
    private static int httpPort;
    private static int managementPort;

    @BeforeAll
    static void startIdentityServiceWithTheRenderedEnvironment() throws Exception {
        assertTrue(Files.isRegularFile(SERVICE_JAR), SERVICE_JAR + " is missing: build identity-service first");
        infrastructure = LocalInfrastructure.startOnFreePorts(work.resolve("data"), Durability.THROWAWAY);
        httpPort = FreePorts.pick();
        managementPort = FreePorts.pick();
        Path localValues = work.resolve("local-values.yaml");
        new ObjectMapper(new YAMLFactory()).writeValue(localValues.toFile(), Map.of(
                "publicUrl", PUBLIC_URL,
                "ports", Map.of("http", httpPort, "management", managementPort),
                "postgresql", Map.of("host", "localhost", "port", infrastructure.postgres().port(), "sslMode", "disable"),
                "kafka", Map.of("bootstrapServers", infrastructure.kafkaBootstrapServers(),
                        "topics", Map.of("replicationFactor", 1)),
                "identity", Map.of("database", Map.of("username", LocalPostgres.USER))));
        RenderedObjects rendered = FieldlineChart.render(localValues);
        Map<String, String> environment = ContainerEnvironment.resolve(
                RenderedWorkloadsTest.container(rendered, Workload.IDENTITY), rendered, Map.of(
                        "fieldline-secrets", Map.of(
                                "secret-hash-key", LocalSecrets.randomToken(),
                                "internal-secret", LocalSecrets.randomToken(),
                                "datafiles-signing-key", LocalSecrets.randomToken()),
                        "fieldline-identity-db", Map.of("password", LocalSecrets.randomToken())));

        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", SERVICE_JAR.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/identity-service-rendered-environment.log").toFile());
        // nothing of this JVM's environment leaks in: the service sees what the pod would see
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().putAll(environment);
        service = builder.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void shouldBecomeReadyWithTheRenderedEnvironment() {
        awaitReady();
    }

    @Test
    void shouldIssueTokensForThePublicUrl() throws Exception {
        awaitReady();

        HttpResponse<String> metadata = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + httpPort + "/.well-known/oauth-authorization-server")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, metadata.statusCode());
        assertTrue(metadata.body().contains("\"issuer\":\"" + PUBLIC_URL + "\""), metadata.body());
    }

    private static void awaitReady() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertTrue(service.isAlive(), () -> "identity-service exited with code " + service.exitValue()
                    + "; see target/identity-service-rendered-environment.log");
            return status("http://localhost:" + managementPort + "/q/health/ready") == 200;
        });
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
