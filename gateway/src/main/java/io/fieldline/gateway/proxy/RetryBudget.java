package io.fieldline.gateway.proxy;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many retries the gateway may still make: every forwarded request earns a fifth of one, up to a reserve of twenty,
 * so retries stay a small share of the traffic and a failing service is not sent a storm of them.
 */
final class RetryBudget {

    private static final long ONE = 1000;
    private static final long EARNED_PER_REQUEST = ONE / 5;
    private static final long RESERVE = 20 * ONE;

    private final AtomicLong balance = new AtomicLong(RESERVE);

    void earn() {
        balance.accumulateAndGet(EARNED_PER_REQUEST, (current, earned) -> Math.min(RESERVE, current + earned));
    }

    /** Takes one retry from the budget; false when none is left. */
    boolean spend() {
        return balance.getAndUpdate(current -> current >= ONE ? current - ONE : current) >= ONE;
    }
}
