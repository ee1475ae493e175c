package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;

/**
 * One client's window of one quota: it opens at the first request and counts requests until it closes a
 * {@code window} later, so no window that starts with a request lets more than the quota through (the seed's
 * "60 requests, 1 minute"). Times in nanoseconds.
 */
record QuotaWindow(long opened, int requests) {

    private static final long SECOND = 1_000_000_000L;

    /** A request at {@code now} on {@code current} (null when none is open): the window after it, and its answer. */
    static Outcome take(QuotaWindow current, RateLimit limit, long now) {
        long length = limit.window().toNanos();
        QuotaWindow open = current == null || now - current.opened >= length ? null : current;
        if (open != null && open.requests >= limit.quota()) {
            long closesIn = seconds(open.opened + length - now);
            return new Outcome(open, new Allowance(limit, false, 0, closesIn, Math.max(1, closesIn)));
        }
        QuotaWindow counted = open == null ? new QuotaWindow(now, 1) : new QuotaWindow(open.opened, open.requests + 1);
        return new Outcome(counted, new Allowance(limit, true, limit.quota() - counted.requests,
                seconds(counted.opened + length - now), 0));
    }

    /** The window a request left, and what it was told. */
    record Outcome(QuotaWindow window, Allowance allowance) {
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + SECOND - 1) / SECOND);
    }
}
