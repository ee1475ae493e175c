package io.fieldline.surfaces;

import java.time.Duration;

/**
 * A quota policy (draft-ietf-httpapi-ratelimit-headers-10 §2): at most {@code quota} requests per {@code window} for
 * one client, under a name the {@code RateLimit-Policy} header shows. Configuration may change a quota by its name.
 */
public record RateLimit(String policy, int quota, Duration window) {

    public RateLimit {
        if (quota < 1 || window.toSeconds() < 1) {
            throw new IllegalArgumentException("A rate limit needs a quota and a window of at least 1 (" + policy + ")");
        }
    }

    /** {@code quota} requests a minute. */
    public static RateLimit perMinute(String policy, int quota) {
        return new RateLimit(policy, quota, Duration.ofMinutes(1));
    }

    /** This policy with another quota, as configuration sets it. */
    public RateLimit withQuota(int otherQuota) {
        return new RateLimit(policy, otherQuota, window);
    }
}
