package io.fieldline.gateway.ratelimit;

import io.fieldline.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts a request against each of its quotas in turn and stops at the first that refuses it, so a refused request
 * uses up no later quota.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateCounters counters;

    public RateLimiter(GatewayConfig config) {
        this.counters = new InMemoryRateCounters(config.gateway().rateLimit().maxCounters(), System::nanoTime);
    }

    /** What the quotas, in order, say of one request. */
    public Future<RateVerdict> check(List<Quota> quotas) {
        return next(quotas, 0, new ArrayList<>());
    }

    private Future<RateVerdict> next(List<Quota> quotas, int index, List<Allowance> told) {
        if (index == quotas.size()) {
            return Future.succeededFuture(new RateVerdict(List.copyOf(told)));
        }
        Quota quota = quotas.get(index);
        return counters.take(quota.key(), quota.limit()).compose(allowance -> {
            told.add(allowance);
            return allowance.allowed() ? next(quotas, index + 1, told) : Future.succeededFuture(new RateVerdict(List.copyOf(told)));
        });
    }
}
