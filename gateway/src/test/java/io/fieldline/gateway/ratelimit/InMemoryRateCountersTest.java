package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotas counted in memory, in windows that open at a client's first request, on a clock the test moves. */
class InMemoryRateCountersTest {

    private static final RateLimit SIXTY_A_MINUTE = RateLimit.perMinute("technicians-list", 60);

    private final AtomicLong now = new AtomicLong(Duration.ofDays(1).toNanos());
    private final InMemoryRateCounters counters = new InMemoryRateCounters(1000, now::get);

    @Test
    void shouldLetTheWholeQuotaThroughAtOnceCountingDown() {
        for (int request = 1; request <= 60; request++) {
            Allowance allowance = take("a");
            assertTrue(allowance.allowed(), "request " + request);
            assertEquals(60 - request, allowance.remaining());
        }
    }

    @Test
    void shouldRefuseEveryRequestAfterTheQuotaUntilTheWindowCloses() {
        exhaust("a");
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        Allowance refused = take("a");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(40, refused.retryAfterSeconds());
        assertEquals(40, refused.resetSeconds());

        now.addAndGet(Duration.ofSeconds(40).minusNanos(1).toNanos());
        assertFalse(take("a").allowed());
        now.addAndGet(1);
        Allowance reopened = take("a");
        assertTrue(reopened.allowed());
        assertEquals(59, reopened.remaining());
        assertEquals(60, reopened.resetSeconds());
    }

    @Test
    void shouldNotCountARefusedRequest() {
        exhaust("a");
        for (int refused = 0; refused < 100; refused++) {
            take("a");
        }
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertEquals(59, take("a").remaining());
    }

    @Test
    void shouldTellWhenTheWindowCloses() {
        take("a");
        now.addAndGet(Duration.ofMillis(59_500).toNanos());
        Allowance last = take("a");
        assertEquals(58, last.remaining());
        assertEquals(1, last.resetSeconds());
    }

    @Test
    void shouldCountEachKeyApart() {
        exhaust("a");
        assertTrue(take("b").allowed());
        assertEquals(59, take("c").remaining());
    }

    private void exhaust(String key) {
        for (int request = 0; request < 60; request++) {
            assertTrue(take(key).allowed());
        }
    }

    @Test
    void shouldCountARequestOneQuotaRefusesAgainstNone() {
        RateLimit route = RateLimit.perMinute("route", 2);
        List<Quota> quotas = List.of(new Quota("client", SIXTY_A_MINUTE), new Quota("client|route", route));
        assertTrue(counters.take(quotas).result().stream().allMatch(Allowance::allowed));
        assertTrue(counters.take(quotas).result().stream().allMatch(Allowance::allowed));
        for (int refused = 0; refused < 5; refused++) {
            List<Allowance> answer = counters.take(quotas).result();
            assertTrue(answer.get(0).allowed());
            assertEquals(58, answer.get(0).remaining());
            assertFalse(answer.get(1).allowed());
        }
        assertEquals(57, take("client").remaining());
    }

    private Allowance take(String key) {
        return counters.take(List.of(new Quota(key, SIXTY_A_MINUTE))).result().get(0);
    }
}
