package io.fieldline.gateway;

import io.fieldline.local.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the services behind the gateway: answers every request with what it received (method, path, query,
 * headers, body), reports ready, drops the connection for {@code /v3/users/drop} (counting them) and answers
 * {@code /v3/users/slow} after ten seconds, so a failing service can be seen; {@link #stopServing} and
 * {@link #resumeServing} take it down and bring it back on the same port. As identity-service's integration key
 * exchange, it knows no key, and answers 403 unless the gateway authenticates.
 */
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {

    /** How many requests to {@code /v3/users/drop} arrived. */
    public static final AtomicInteger DROPPED = new AtomicInteger();
    /** A request header that makes the echo probe streaming instead ({@link #probeStreaming}). */
    public static final String STREAM_PROBE = "X-Stream-Probe";
    private static final AtomicLong ARRIVED = new AtomicLong();
    private static volatile Promise<Void> release;

    private static Vertx shared;
    private static HttpServer serving;
    private static int port;

    private static final String GATEWAY_AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            "gateway:test-only-internal-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Override
    public Map<String, String> start() {
        shared = Vertx.vertx();
        port = FreePorts.pick();
        resumeServing();
        String url = "http://localhost:" + port;
        // the echo answers the services' management paths (readiness, API documents) as well
        return Map.of("fieldline.identity.url", url, "fieldline.technician.url", url, "fieldline.job.url", url,
                "fieldline.identity.management-url", url, "fieldline.technician.management-url", url,
                "fieldline.job.management-url", url, "fieldline.gateway.upstream-timeout", "5s");
    }

    /** Closes the server: connections to it are refused until {@link #resumeServing}. */
    public static void stopServing() {
        await(serving.close());
    }

    /** Listens again on the same port. */
    public static void resumeServing() {
        HttpServer server = shared.createHttpServer().requestHandler(request -> {
            if (request.headers().contains(STREAM_PROBE)) {
                probeStreaming(request);
            } else {
                echo(request);
            }
        });
        await(server.listen(port));
        serving = server;
    }

    /**
     * Requests carrying {@value #STREAM_PROBE}: an upload's bytes are counted as they arrive ({@link #bytesArrived});
     * a download sends its first chunk at once and the rest only when {@link #releaseDownload} is called.
     */
    private static void probeStreaming(HttpServerRequest request) {
        if (request.method() == HttpMethod.GET) {
            HttpServerResponse response = request.response().setChunked(true);
            response.write("first chunk;");
            release = Promise.promise();
            release.future().onComplete(ignored -> response.end("the rest"));
            return;
        }
        ARRIVED.set(0);
        request.handler(chunk -> ARRIVED.addAndGet(chunk.length()));
        request.endHandler(ignored -> request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("bytes", ARRIVED.get()).encode()));
    }

    /** How many bytes of the probing upload have reached the upstream so far. */
    public static long bytesArrived() {
        return ARRIVED.get();
    }

    /** Lets the probing download send the rest of its body. */
    public static void releaseDownload() {
        shared.runOnContext(ignored -> release.tryComplete());
    }

    private static void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            if (request.path().equals("/v3/users/drop")) {
                DROPPED.incrementAndGet();
                request.connection().close();
                return;
            }
            if (request.path().equals("/v3/users/slow")) {
                shared.setTimer(10_000, ignored -> request.response().end());
                return;
            }
            if (request.path().equals("/internal/integration-keys/token")) {
                request.response().setStatusCode(GATEWAY_AUTHORIZATION.equals(request.getHeader("Authorization")) ? 401 : 403)
                        .end();
                return;
            }
            JsonObject headers = new JsonObject();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(), header.getValue()));
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("body", body.toString()).encode());
        });
    }

    private static void await(Future<?> future) {
        try {
            future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("echo upstream did not start or stop", e);
        }
    }

    @Override
    public void stop() {
        shared.close();
    }
}
