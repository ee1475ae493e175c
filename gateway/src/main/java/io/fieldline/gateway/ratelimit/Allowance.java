package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;

/**
 * What one quota said of one request: whether it is let through, how many requests are left ({@code remaining}), in
 * how many seconds the quota is whole again ({@code resetSeconds}) and, when refused, in how many seconds one request
 * will be let through ({@code retryAfterSeconds}, for {@code Retry-After}, RFC 9110 §10.2.3).
 */
public record Allowance(RateLimit limit, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

    /** What this quota says of a request another quota refused, so that none counted it: one more is left. */
    Allowance uncounted() {
        return allowed ? new Allowance(limit, true, Math.min(limit.quota(), remaining + 1), resetSeconds, 0) : this;
    }
}
