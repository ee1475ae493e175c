package io.fieldline.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Drives an endpoint (POST with a body per request, or GET) with a fixed number of clients, each sending its next
 * request as soon as the previous one answered (a closed loop), over keep-alive connections, and measures throughput
 * and latency.
 */
final class ClosedLoopLoad implements AutoCloseable {

    /** What one client sends next, given the body of its previous answer (null at first). */
    interface Client {
        Buffer nextBody(Buffer previousAnswer);
    }

    record Result(double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    private final Vertx vertx = Vertx.vertx();

    /** POSTs {@code contentType} bodies to {@code endpoint}, each client's next body from its previous answer. */
    Result run(URI endpoint, String contentType, int clients, Function<Integer, Client> clientFactory,
               int seconds) throws InterruptedException {
        return drive(HttpMethod.POST, endpoint, Map.of("Content-Type", contentType), clients, clientFactory, seconds);
    }

    /** GETs {@code endpoint} (its query included) with {@code headers}, such as a bearer token. */
    Result get(URI endpoint, Map<String, String> headers, int clients, int seconds) throws InterruptedException {
        return drive(HttpMethod.GET, endpoint, headers, clients, index -> previous -> null, seconds);
    }

    private Result drive(HttpMethod method, URI endpoint, Map<String, String> headers, int clients,
                         Function<Integer, Client> clientFactory, int seconds) throws InterruptedException {
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setMaxPoolSize(clients));
        long[] latencies = new long[4_000_000];
        AtomicLong recorded = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Client client = clientFactory.apply(i);
            vertx.runOnContext(ignored -> next(http, method, endpoint, headers, client, null, end, latencies,
                    recorded, errors, done));
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        http.close();
        int count = (int) Math.min(recorded.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new Result(count / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99), errors.get());
    }

    private void next(HttpClient http, HttpMethod method, URI endpoint, Map<String, String> headers, Client client,
                      Buffer previous, long end, long[] latencies, AtomicLong recorded, AtomicLong errors,
                      CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        Buffer body = client.nextBody(previous);
        long sent = System.nanoTime();
        RequestOptions options = new RequestOptions().setMethod(method).setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getRawQuery() == null ? endpoint.getRawPath()
                        : endpoint.getRawPath() + "?" + endpoint.getRawQuery());
        headers.forEach(options::putHeader);
        Future<Buffer> answer = http.request(options)
                .compose(request -> body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(payload -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + payload);
                    }
                    return payload;
                }));
        answer.onComplete(result -> {
            if (result.succeeded()) {
                long index = recorded.getAndIncrement();
                if (index < latencies.length) {
                    latencies[(int) index] = System.nanoTime() - sent;
                }
            } else {
                errors.incrementAndGet();
            }
            next(http, method, endpoint, headers, client, result.succeeded() ? result.result() : null, end,
                    latencies, recorded, errors, done);
        });
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    @Override
    public void close() {
        vertx.close();
    }
}
