package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;

/** One counter a request is counted under ({@code key}: policy, client or address, and route) and its limit. */
public record Quota(String key, RateLimit limit) {
}
