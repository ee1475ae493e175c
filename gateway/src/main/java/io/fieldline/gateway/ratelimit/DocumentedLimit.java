package io.fieldline.gateway.ratelimit;

import io.fieldline.surfaces.RateLimit;

import java.util.Optional;

/** One quota of an operation, as the API document states it; {@code queryParameter} names the one that selects it. */
public record DocumentedLimit(RateLimit limit, Optional<String> queryParameter) {
}
