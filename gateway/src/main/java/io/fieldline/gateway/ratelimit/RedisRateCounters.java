package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Response;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Counters in Redis, shared by every gateway replica, in the same windows as {@link InMemoryRateCounters}: one atomic
 * script per request checks every quota, then counts the request against all of them or none, opening a window (its
 * key expires when the window closes) on the first. Redis's own clock times every window, so replicas need not agree on
 * the time. A request's keys are named in one script, so a Redis Cluster would need them in one hash slot; Fieldline
 * uses a single Redis (or a primary with replicas).
 */
public final class RedisRateCounters implements RateCounters, AutoCloseable {

    private static final String KEY_PREFIX = "fieldline:rate-limit:";
    /** KEYS: one per quota; ARGV: each quota's limit and window in milliseconds; answers each {requests, ms left}. */
    private static final String COUNT = """
            local answers = {}
            local room = true
            for i, key in ipairs(KEYS) do
              local requests = tonumber(redis.call('GET', key) or '0')
              if requests >= tonumber(ARGV[2 * i - 1]) then room = false end
              answers[i] = {requests, redis.call('PTTL', key), 0}
            end
            if room then
              for i, key in ipairs(KEYS) do
                local requests = redis.call('INCR', key)
                if requests == 1 then redis.call('PEXPIRE', key, ARGV[2 * i]) end
                answers[i] = {requests, redis.call('PTTL', key), 1}
              end
            end
            return answers
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
    public Future<List<Allowance>> take(List<Quota> quotas) {
        List<String> arguments = new ArrayList<>();
        arguments.add(COUNT);
        arguments.add(String.valueOf(quotas.size()));
        quotas.forEach(quota -> arguments.add(KEY_PREFIX + quota.key()));
        quotas.forEach(quota -> {
            arguments.add(String.valueOf(quota.limit().quota()));
            arguments.add(String.valueOf(quota.limit().window().toMillis()));
        });
        return redis.eval(arguments)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .map(answers -> {
                    List<Allowance> allowances = new ArrayList<>(quotas.size());
                    for (int index = 0; index < quotas.size(); index++) {
                        allowances.add(allowance(quotas.get(index).limit(), answers.get(index)));
                    }
                    return allowances;
                });
    }

    /** One quota's answer: the requests in its window (this one included when counted) and the milliseconds left. */
    private static Allowance allowance(RateLimit limit, Response answer) {
        long requests = answer.get(0).toLong();
        boolean counted = answer.get(2).toLong() == 1;
        // PTTL is negative when no window is open
        long closesIn = Math.max(0, (answer.get(1).toLong() + MILLIS_PER_SECOND - 1) / MILLIS_PER_SECOND);
        boolean allowed = counted || requests < limit.quota();
        return new Allowance(limit, allowed, Math.max(0, limit.quota() - requests), closesIn,
                allowed ? 0 : Math.max(1, closesIn));
    }

    @Override
    public void close() {
        client.close();
    }
}
