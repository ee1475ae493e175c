package io.fieldline.gateway.proxy;

import io.fieldline.surfaces.Service;
import io.fieldline.gateway.route.Upstreams;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import io.fieldline.gateway.config.GatewayConfig;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Forwards a request to a service over pooled keep-alive connections, under the service's circuit breaker and retry
 * ({@link UpstreamGuards}), and streams its response back: an answer is never held whole in the gateway's memory.
 */
@ApplicationScoped
public class UpstreamProxy {

    /** RFC 9110 section 7.6.1: meaningful for one connection only, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "content-length");

    /** The upstream's answer to a management request, body read in full. */
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
     * Sends the request on to {@code pathAndQuery} of the upstream with {@code body}, with the given headers added or
     * replaced; completes on the caller's context with the upstream's answer as it starts (status and headers), its body
     * paused until {@link #relay} streams it on. An idempotent request that reached no service may be retried. A
     * failure is read with {@link UpstreamGuards#failure}.
     */
    public Future<HttpClientResponse> forward(Service upstream, String pathAndQuery, HttpServerRequest request,
                                              Buffer body, MultiMap extraHeaders) {
        return send(upstream, pathAndQuery, request, extraHeaders, IDEMPOTENT.contains(request.method()),
                outgoing -> outgoing.send(body));
    }

    /**
     * As {@link #forward}, the request body streamed from {@code body} as it arrives instead of read first, so that a
     * large upload is never held whole in memory. Never retried: the body is read once.
     */
    public Future<HttpClientResponse> forwardStreaming(Service upstream, String pathAndQuery, HttpServerRequest request,
                                                       ReadStream<Buffer> body, MultiMap extraHeaders) {
        return send(upstream, pathAndQuery, request, extraHeaders, false, outgoing -> {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                outgoing.putHeader(HttpHeaders.CONTENT_LENGTH, length);
            } else {
                outgoing.setChunked(true);
            }
            // a body that fails (past its limit, or cut off) resets the exchange rather than ending it as if complete
            body.pipe().endOnFailure(false).to(outgoing).onFailure(failure -> outgoing.reset(0, failure));
            // a body past its limit says nothing of the service, so its breaker never counts it
            return outgoing.response().recover(failure -> Future.failedFuture(
                    body instanceof LimitedBody limited && limited.exceeded() ? new LimitedBody.TooLarge(limited.limit())
                            : failure));
        });
    }

    private Future<HttpClientResponse> send(Service upstream, String pathAndQuery, HttpServerRequest request,
                                            MultiMap extraHeaders, boolean retryable,
                                            Function<HttpClientRequest, Future<HttpClientResponse>> sending) {
        MultiMap headers = forwardable(request.headers());
        extraHeaders.forEach(header -> headers.set(header.getKey(), header.getValue()));
        RequestOptions options = upstreams.address(upstream, pathAndQuery)
                .setMethod(request.method())
                .setTimeout(timeoutMillis)
                .setHeaders(headers);
        Context context = Vertx.currentContext();
        return Future.fromCompletionStage(guards.call(upstream, () -> client.request(options)
                .compose(sending)
                // paused in the same turn as it arrives, so no byte of the body is lost before it is relayed
                .map(response -> response.pause())
                .recover(failure -> Future.failedFuture(retryable && UpstreamFailure.isConnectionFailure(failure)
                        ? new UpstreamFailure.RetryableFailure(failure) : failure))
                .toCompletionStage()), context);
    }

    /**
     * Streams the upstream's answer to the client: its status, its end-to-end headers with {@code extraHeaders}, and
     * its body as it arrives, with the upstream's {@code Content-Length} when it gave one.
     */
    public Future<Void> relay(HttpClientResponse answer, HttpServerResponse response, MultiMap extraHeaders) {
        response.setStatusCode(answer.statusCode());
        response.headers().addAll(forwardable(answer.headers()));
        extraHeaders.forEach(header -> response.headers().set(header.getKey(), header.getValue()));
        String length = answer.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, length);
        } else {
            response.setChunked(true);
        }
        return answer.pipeTo(response);
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
