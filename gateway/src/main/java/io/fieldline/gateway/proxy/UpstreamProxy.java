package io.fieldline.gateway.proxy;

import io.fieldline.surfaces.Service;
import io.fieldline.gateway.route.Upstreams;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;

/** Forwards a request to a service over pooled keep-alive connections and relays its response. */
@ApplicationScoped
public class UpstreamProxy {

    /** RFC 9110 section 7.6.1: meaningful for one connection only, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    /** The upstream's answer, body read in full. */
    public record Answer(int status, MultiMap headers, Buffer body) {
    }

    private final HttpClient client;
    private final Upstreams upstreams;
    private final long timeoutMillis;

    public UpstreamProxy(Vertx vertx, Upstreams upstreams,
                         @ConfigProperty(name = "fieldline.gateway.upstream-timeout") Duration timeout) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxPoolSize(64));
        this.upstreams = upstreams;
        this.timeoutMillis = timeout.toMillis();
    }

    /** Sends the request on to {@code pathAndQuery} of the upstream, with the given headers added or replaced. */
    public Future<Answer> forward(Service upstream, String pathAndQuery, HttpServerRequest request, Buffer body,
                                  MultiMap extraHeaders) {
        MultiMap headers = forwardable(request.headers());
        extraHeaders.forEach(header -> headers.set(header.getKey(), header.getValue()));
        RequestOptions options = upstreams.address(upstream, pathAndQuery)
                .setMethod(request.method())
                .setTimeout(timeoutMillis)
                .setHeaders(headers);
        return client.request(options)
                .compose(outgoing -> outgoing.send(body))
                .compose(response -> response.body().map(payload -> answer(response, payload)));
    }

    /** A plain GET of {@code path} on the upstream, for health checks and API documents. */
    public Future<Answer> get(Service upstream, String path) {
        return client.request(upstreams.address(upstream, path).setTimeout(timeoutMillis))
                .compose(outgoing -> outgoing.send())
                .compose(response -> response.body().map(payload -> answer(response, payload)));
    }

    private static Answer answer(HttpClientResponse response, Buffer payload) {
        return new Answer(response.statusCode(), forwardable(response.headers()), payload);
    }

    private static MultiMap forwardable(MultiMap headers) {
        MultiMap copy = MultiMap.caseInsensitiveMultiMap();
        headers.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                copy.add(header.getKey(), header.getValue());
            }
        });
        return copy;
    }
}
