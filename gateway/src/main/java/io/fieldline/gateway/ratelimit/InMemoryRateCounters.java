package io.fieldline.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.fieldline.surfaces.RateLimit;
import io.vertx.core.Future;

import java.util.function.LongSupplier;

/**
 * Counters in this gateway's memory: exact for one replica. At most {@code maxCounters} windows are kept; each is
 * dropped when it closes, so an idle client costs nothing.
 */
public final class InMemoryRateCounters implements RateCounters {

    private final Cache<String, Counted> windows;
    private final LongSupplier nanoClock;

    public InMemoryRateCounters(long maxCounters, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.windows = Caffeine.newBuilder().maximumSize(maxCounters).expireAfter(new UntilClosed(nanoClock)).build();
    }

    @Override
    public Future<Allowance> take(String key, RateLimit limit) {
        long now = nanoClock.getAsLong();
        Allowance[] told = new Allowance[1];
        windows.asMap().compute(key, (ignored, counted) -> {
            QuotaWindow.Outcome outcome = QuotaWindow.take(counted == null ? null : counted.window(), limit, now);
            told[0] = outcome.allowance();
            return new Counted(outcome.window(), limit.window().toNanos());
        });
        return Future.succeededFuture(told[0]);
    }

    /** A window and its length, to know when it closes. */
    private record Counted(QuotaWindow window, long windowNanos) {

        long nanosLeft(long now) {
            return Math.max(0, window.opened() + windowNanos - now);
        }
    }

    /** A window is kept until it closes. */
    private record UntilClosed(LongSupplier nanoClock) implements Expiry<String, Counted> {

        @Override
        public long expireAfterCreate(String key, Counted counted, long currentTime) {
            return counted.nanosLeft(nanoClock.getAsLong());
        }

        @Override
        public long expireAfterUpdate(String key, Counted counted, long currentTime, long currentDuration) {
            return expireAfterCreate(key, counted, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Counted counted, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
