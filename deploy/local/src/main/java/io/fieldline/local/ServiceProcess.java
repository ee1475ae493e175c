package io.fieldline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One Fieldline service running as its own JVM, as it would in production, with its output in a log file. */
final class ServiceProcess implements AutoCloseable {

    private static final int REPORTED_LOG_LINES = 20;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String name, Path runnableJar, int port, int managementPort,
                                Map<String, String> environment, Path logDir) throws IOException {
        if (!Files.isRegularFile(runnableJar)) {
            throw new IllegalStateException(runnableJar + " is missing: build the suite first (./mvnw package -DskipTests)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms64m", "-Xmx384m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError",
                "-jar", runnableJar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        return new ServiceProcess(name, port, managementPort, builder.start(), log);
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Where its health, metrics and API document answer. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** Waits until the service reports ready, failing early with its log when the process dies. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s; see " + log);
    }

    /** Completes with this service when its process ends, for whatever reason. */
    CompletableFuture<ServiceProcess> exited() {
        return process.onExit().thenApply(ended -> this);
    }

    /** Why an ended service stopped, as far as it said: its exit code and the last lines of its log. */
    String exitReport() {
        StringBuilder report = new StringBuilder(name + " stopped by itself (exit code "
                + (process.isAlive() ? "none yet" : process.exitValue()) + "). The end of " + log + ":\n");
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            all.subList(Math.max(0, all.size() - REPORTED_LOG_LINES), all.size())
                    .forEach(line -> report.append("  ").append(line).append('\n'));
        } catch (IOException | UncheckedIOException unreadable) {
            report.append("  (the log cannot be read: ").append(unreadable.getMessage()).append(")\n");
        }
        return report.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
