package io.fieldline.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.vertx.core.Future;

import java.util.ArrayList;
import java.util.List;
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

    /** Checks every quota, then counts against all or none; one lock keeps the pair atomic across event loops. */
    @Override
    public synchronized Future<List<Allowance>> take(List<Quota> quotas) {
        long now = nanoClock.getAsLong();
        List<QuotaWindow.Outcome> outcomes = new ArrayList<>(quotas.size());
        for (Quota quota : quotas) {
            Counted counted = windows.getIfPresent(quota.key());
            outcomes.add(QuotaWindow.take(counted == null ? null : counted.window(), quota.limit(), now));
        }
        List<Allowance> allowances = outcomes.stream().map(QuotaWindow.Outcome::allowance).toList();
        if (allowances.stream().allMatch(Allowance::allowed)) {
            for (int index = 0; index < quotas.size(); index++) {
                Quota quota = quotas.get(index);
                windows.put(quota.key(), new Counted(outcomes.get(index).window(), quota.limit().window().toNanos()));
            }
            return Future.succeededFuture(allowances);
        }
        return Future.succeededFuture(allowances.stream().map(Allowance::uncounted).toList());
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
