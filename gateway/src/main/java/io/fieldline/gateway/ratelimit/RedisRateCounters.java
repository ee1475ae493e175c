package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Response;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Counters in Redis, shared by every gateway replica, in the same windows as {@link InMemoryRateCounters}: one atomic
 * script per check counts the request and opens the window (its key expires when the window closes) on the first.
 * Redis's own clock times every window, so replicas need not agree on the time.
 */
public final class RedisRateCounters implements RateCounters, AutoCloseable {

    private static final String KEY_PREFIX = "fieldline:rate-limit:";
    private static final String COUNT = """
            local requests = redis.call('INCR', KEYS[1])
            if requests == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {requests, redis.call('PTTL', KEYS[1])}
            """;
    private static final long MILLIS_PER_SECOND = 1000;

    private final Redis client;
    private final RedisAPI redis;
    private final Duration timeout;

    public RedisRateCounters(Vertx vertx, String url, Duration timeout) {
        this.client = Redis.createClient(vertx, new RedisOptions().setConnectionString(url).setMaxPoolWaiting(1024));
        this.redis = RedisAPI.api(client);
        this.timeout = timeout;
    }

    /** Fails when Redis does not answer within the timeout; the request is then not counted. */
    @Override
    public Future<Allowance> take(String key, RateLimit limit) {
        return redis.eval(List.of(COUNT, "1", KEY_PREFIX + key, String.valueOf(limit.window().toMillis())))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .map(answer -> allowance(limit, answer));
    }

    private static Allowance allowance(RateLimit limit, Response answer) {
        long requests = answer.get(0).toLong();
        long closesIn = Math.max(0, (answer.get(1).toLong() + MILLIS_PER_SECOND - 1) / MILLIS_PER_SECOND);
        boolean allowed = requests <= limit.quota();
        return new Allowance(limit, allowed, Math.max(0, limit.quota() - requests), closesIn,
                allowed ? 0 : Math.max(1, closesIn));
    }

    @Override
    public void close() {
        client.close();
    }
}
