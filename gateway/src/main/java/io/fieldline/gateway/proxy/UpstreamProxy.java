package io.fieldline.gateway.proxy;

import io.fieldline.surfaces.Service;
import io.fieldline.gateway.route.Upstreams;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import io.fieldline.gateway.config.GatewayConfig;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forwards a request to a service over pooled keep-alive connections, under the service's circuit breaker and retry
 * ({@link UpstreamGuards}), and relays its response.
 */
@ApplicationScoped
public class UpstreamProxy {

    /** RFC 9110 section 7.6.1: meaningful for one connection only, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length");

    /** The upstream's answer, body read in full. */
    public record Answer(int status, MultiMap headers, Buffer body) {
    }

    /** RFC 9110 §9.2.2: sending these again changes nothing more than sending them once. */
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT,
            HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final HttpClient client;
    private final Upstreams upstreams;
    private final UpstreamGuards guards;
    private final long timeoutMillis;

    public UpstreamProxy(Vertx vertx, Upstreams upstreams, UpstreamGuards guards, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxPoolSize(64));
        this.upstreams = upstreams;
        this.guards = guards;
        this.timeoutMillis = config.gateway().upstreamTimeout().toMillis();
    }

    /**
     * Sends the request on to {@code pathAndQuery} of the upstream, with the given headers added or replaced; completes
     * on the caller's context. A failure is read with {@link UpstreamGuards#failure}.
     */
    public Future<Answer> forward(Service upstream, String pathAndQuery, HttpServerRequest request, Buffer body,
                                  MultiMap extraHeaders) {
        MultiMap headers = forwardable(request.headers());
        extraHeaders.forEach(header -> headers.set(header.getKey(), header.getValue()));
        RequestOptions options = upstreams.address(upstream, pathAndQuery)
                .setMethod(request.method())
                .setTimeout(timeoutMillis)
                .setHeaders(headers);
        boolean idempotent = IDEMPOTENT.contains(request.method());
        Context context = Vertx.currentContext();
        return Future.fromCompletionStage(guards.call(upstream, () -> client.request(options)
                .compose(outgoing -> outgoing.send(body))
                .compose(response -> response.body().map(payload -> answer(response, payload)))
                .recover(failure -> Future.failedFuture(idempotent && UpstreamFailure.isConnectionFailure(failure)
                        ? new UpstreamFailure.RetryableFailure(failure) : failure))
                .toCompletionStage()), context);
    }

    /** A plain GET of {@code path} on the upstream's management interface, for readiness and API documents. */
    public Future<Answer> getManagement(Service upstream, String path) {
        return client.request(upstreams.managementAddress(upstream, path).setTimeout(timeoutMillis))
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.body().map(payload -> answer(response, payload)));
    }

    private static Answer answer(HttpClientResponse response, Buffer payload) {
        return new Answer(response.statusCode(), forwardable(response.headers()), payload);
    }

    /** The end-to-end headers: neither the hop-by-hop ones nor those {@code Connection} names (RFC 9110 §7.6.1). */
    private static MultiMap forwardable(MultiMap headers) {
        Set<String> named = headers.getAll("Connection").stream().flatMap(value -> Arrays.stream(value.split(",")))
                .map(name -> name.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !named.contains(name)) {
                copy.add(header.getKey(), header.getValue());
            }
        });
        return copy;
    }
}
