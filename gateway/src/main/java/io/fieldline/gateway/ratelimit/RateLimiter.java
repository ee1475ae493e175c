package io.fieldline.gateway.ratelimit;

import io.fieldline.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a request against all of its quotas, or none when one refuses it, so a refused request uses up no quota. The counters live in Redis when {@code fieldline.gateway.redis-url} is set, else in memory.
 * When Redis fails, requests are let through uncounted (fail open: a Redis outage must not take the API down, and
 * every token is still checked), with a warning at most every ten seconds and
 * {@code fieldline_gateway_rate_limit_unavailable_total} counting each.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long WARNING_INTERVAL_NANOS = 10_000_000_000L;

    private final RateCounters counters;
    private final Counter unavailable;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS);

    @Inject
    public RateLimiter(GatewayConfig config, Vertx vertx, MeterRegistry registry) {
        this(config.gateway().redisUrl()
                        .<RateCounters>map(url -> new RedisRateCounters(vertx, url, config.gateway().rateLimit().redisTimeout()))
                        .orElseGet(() -> new InMemoryRateCounters(config.gateway().rateLimit().maxCounters(), System::nanoTime)),
                Counter.builder("fieldline.gateway.rate_limit.unavailable")
                        .description("Requests let through uncounted because the rate-limit store failed")
                        .register(registry));
    }

    RateLimiter(RateCounters counters, Counter unavailable) {
        this.counters = counters;
        this.unavailable = unavailable;
    }

    /** What the quotas say of one request, which is counted against all of them or, when one refuses it, none. */
    public Future<RateVerdict> check(List<Quota> quotas) {
        return counters.take(quotas).transform(taken -> {
            if (taken.failed()) {
                storeFailed(taken.cause());
                return Future.succeededFuture(RateVerdict.UNLIMITED);
            }
            return Future.succeededFuture(new RateVerdict(taken.result()));
        });
    }

    private void storeFailed(Throwable cause) {
        unavailable.increment();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            Log.warnf("Rate limits are not counted, requests pass unlimited: the rate-limit store failed (%s)",
                    cause.toString());
        }
    }

    @PreDestroy
    void close() throws Exception {
        if (counters instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
