package io.fieldline.gateway;

import io.fieldline.local.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the services behind the gateway: answers every request with what it received (method, path, query,
 * headers, body), reports ready, and drops the connection for {@code /v3/users/drop} so a failing service can be seen.
 * As identity-service's integration key exchange, it knows no key, and answers 403 unless the gateway authenticates.
 */
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {

    private static final String GATEWAY_AUTHORIZATION = "Basic " + Base64.getEncoder().encodeToString(
            "gateway:test-only-internal-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = FreePorts.pick();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().equals("/v3/users/drop")) {
                request.connection().close();
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
        }));
        try {
            server.listen(port).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("echo upstream did not start", e);
        }
        String url = "http://localhost:" + port;
        return Map.of("fieldline.identity.url", url, "fieldline.technician.url", url, "fieldline.job.url", url,
                "fieldline.gateway.upstream-timeout", "5s");
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
