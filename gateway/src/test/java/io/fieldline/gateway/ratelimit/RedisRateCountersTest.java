package io.fieldline.gateway.ratelimit;

import io.fieldline.gateway.EmbeddedRedis;
import io.fieldline.local.FreePorts;
import io.fieldline.surfaces.RateLimit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Counters in a real Redis: two gateway replicas (each with its own connection) hold one quota between them, a window
 * closes by Redis's clock, and a Redis that is down lets requests through uncounted and says so.
 */
class RedisRateCountersTest {

    private static final RateLimit THIRTY_A_MINUTE = RateLimit.perMinute("technicians-list", 30);

    private static EmbeddedRedis redis;
    private static Vertx vertx;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.start();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopRedis() {
        vertx.close();
        redis.close();
    }

    @Test
    void shouldHoldOneQuotaBetweenTwoReplicas() throws Exception {
        String key = UUID.randomUUID().toString();
        try (RedisRateCounters first = counters(redis.url()); RedisRateCounters second = counters(redis.url())) {
            for (int request = 1; request <= 30; request++) {
                Allowance allowance = take(request % 2 == 0 ? first : second, key, THIRTY_A_MINUTE);
                assertTrue(allowance.allowed(), "request " + request);
                assertEquals(30 - request, allowance.remaining());
            }
            Allowance refused = take(first, key, THIRTY_A_MINUTE);
            assertFalse(refused.allowed());
            assertEquals(0, refused.remaining());
            assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60);
            assertFalse(take(second, key, THIRTY_A_MINUTE).allowed());
            assertTrue(take(second, "another-" + key, THIRTY_A_MINUTE).allowed());
        }
    }

    @Test
    void shouldOpenANewWindowWhenTheLastHasClosed() throws Exception {
        RateLimit twoASecond = new RateLimit("burst", 2, Duration.ofSeconds(1));
        String key = UUID.randomUUID().toString();
        try (RedisRateCounters counters = counters(redis.url())) {
            take(counters, key, twoASecond);
            take(counters, key, twoASecond);
            assertFalse(take(counters, key, twoASecond).allowed());
            await().atMost(Duration.ofSeconds(5)).until(() -> take(counters, key, twoASecond).allowed());
        }
    }

    @Test
    void shouldLetRequestsThroughUncountedWhenRedisIsDown() throws Exception {
        Counter unavailable = Counter.builder("unavailable").register(new SimpleMeterRegistry());
        try (RedisRateCounters down = counters("redis://127.0.0.1:" + FreePorts.pick())) {
            RateLimiter limiter = new RateLimiter(down, unavailable);
            RateVerdict verdict = limiter.check(List.of(new Quota("a", THIRTY_A_MINUTE), new Quota("b", THIRTY_A_MINUTE)))
                    .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertTrue(verdict.allowed());
            assertTrue(verdict.headers().isEmpty());
            assertEquals(1.0, unavailable.count());
        }
    }

    private static RedisRateCounters counters(String url) {
        return new RedisRateCounters(vertx, url, Duration.ofSeconds(2));
    }

    @Test
    void shouldCountARequestOneQuotaRefusesAgainstNone() throws Exception {
        RateLimit route = new RateLimit("route", 2, Duration.ofMinutes(1));
        String client = "client-" + UUID.randomUUID();
        String onRoute = "route-" + UUID.randomUUID();
        try (RedisRateCounters counters = counters(redis.url())) {
            List<Quota> quotas = List.of(new Quota(client, THIRTY_A_MINUTE), new Quota(onRoute, route));
            assertTrue(take(counters, quotas).stream().allMatch(Allowance::allowed));
            assertTrue(take(counters, quotas).stream().allMatch(Allowance::allowed));
            for (int refused = 0; refused < 5; refused++) {
                List<Allowance> answer = take(counters, quotas);
                assertTrue(answer.get(0).allowed());
                assertEquals(28, answer.get(0).remaining());
                assertFalse(answer.get(1).allowed());
            }
            assertEquals(27, take(counters, client, THIRTY_A_MINUTE).remaining());
        }
    }

    private static Allowance take(RedisRateCounters counters, String key, RateLimit limit) throws Exception {
        return take(counters, List.of(new Quota(key, limit))).get(0);
    }

    private static List<Allowance> take(RedisRateCounters counters, List<Quota> quotas) throws Exception {
        return counters.take(quotas).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
