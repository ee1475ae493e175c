package io.fieldline.gateway.ratelimit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every quota of a request said. Its headers tell the client each policy and what is left of it
 * (draft-ietf-httpapi-ratelimit-headers-10 §§2–4): {@code RateLimit-Policy: "technicians-list";q=60;w=60} and
 * {@code RateLimit: "technicians-list";r=59;t=1}.
 */
public record RateVerdict(List<Allowance> allowances) {

    public static final RateVerdict UNLIMITED = new RateVerdict(List.of());

    public boolean allowed() {
        return allowances.stream().allMatch(Allowance::allowed);
    }

    /** Seconds until the request would be let through: the longest wait of the quotas that refused it. */
    public long retryAfterSeconds() {
        return Math.max(1, allowances.stream().filter(allowance -> !allowance.allowed())
                .mapToLong(Allowance::retryAfterSeconds).max().orElse(1));
    }

    /** The {@code RateLimit-Policy} and {@code RateLimit} headers, none for a request no quota counted. */
    public Map<String, String> headers() {
        if (allowances.isEmpty()) {
            return Map.of();
        }
        return Map.of(
                "RateLimit-Policy", allowances.stream().map(allowance -> "\"" + allowance.limit().policy() + "\";q="
                        + allowance.limit().quota() + ";w=" + allowance.limit().window().toSeconds())
                        .collect(Collectors.joining(", ")),
                "RateLimit", allowances.stream().map(allowance -> "\"" + allowance.limit().policy() + "\";r="
                        + allowance.remaining() + ";t=" + allowance.resetSeconds())
                        .collect(Collectors.joining(", ")));
    }
}
