package io.fieldline.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings ({@code fieldline.*}), each documented where it is declared. */
@ConfigMapping(prefix = "fieldline")
public interface GatewayConfig {

    /** Where identity-service listens: OAuth endpoints, admin API, JWKS, integration-key exchange. */
    Service identity();

    /** Where technician-service listens. */
    Service technician();

    /** Where job-service listens. */
    Service job();

    Gateway gateway();

    Token token();

    Internal internal();

    /** A service behind the gateway. */
    interface Service {

        /** Its API port, where the gateway forwards requests. */
        URI url();

        /** Its management interface (Quarkus's {@code quarkus.management.*}): readiness and its API document. */
        URI managementUrl();
    }

    /** The access tokens the gateway accepts (read by {@code mp.jwt.verify.*}). */
    interface Token {

        /** The {@code iss} every access token carries: the gateway's public URL. */
        String issuer();

        /** The {@code aud} every access token carries. */
        String audience();
    }

    /** How the gateway authenticates to the services' internal APIs. */
    interface Internal {

        /** The secret shared with the services, at least 32 characters. */
        String secret();
    }

    /** How the gateway treats public requests. */
    interface Gateway {

        /** How long a service may take to answer before the gateway answers 504. */
        @WithDefault("30s")
        Duration upstreamTimeout();

        /**
         * The largest request body the gateway takes, in bytes, on a route without a limit of its own
         * ({@code PublicRoute.bodyLimit}); a larger one is a 413 in the surface's shape.
         */
        @WithDefault("10485760")
        long maxBodySize();

        /** How long the answer to an integration key is kept; revocation events stop a revoked key sooner. */
        @WithDefault("30s")
        Duration integrationKeyCache();

        /** How many integration keys' answers are kept at most. */
        @WithDefault("10000")
        long integrationKeyCacheSize();

        RateLimiting rateLimit();

        Breaker breaker();

        /**
         * The proxies in front of the gateway whose {@code X-Forwarded-For}, {@code -Proto} and {@code -Host} are
         * believed: addresses or CIDR ranges ({@code 10.0.0.0/8}). None by default: those headers are replaced.
         */
        Optional<List<String>> trustedProxies();

        /**
         * Redis ({@code redis://[:password@]host:port[/db]}) that every gateway replica keeps its rate-limit counters
         * in, so that they count against the same quotas ({@code FIELDLINE_GATEWAY_REDIS_URL}); without it, each
         * replica counts in its own memory.
         */
        Optional<String> redisUrl();

        /**
         * Whether the public port serves the one API document of the whole public API at {@code /q/openapi} (and the
         * Swagger UI reads it); on by default. Health and metrics are never served there.
         */
        @WithDefault("true")
        boolean apiDocument();
    }

    /**
     * Each service's circuit breaker ({@code fieldline.gateway.breaker.*}): it opens when at least
     * {@code failure-ratio} of the last {@code request-volume} requests found the service down or too slow, answers 503
     * at once while open, and lets a trial request through after {@code delay}.
     */
    interface Breaker {

        @WithDefault("20")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("5s")
        Duration delay();
    }

    /**
     * The rate limits ({@code fieldline.gateway.rate-limit.*}): each route's, from its seed or the {@code route}
     * default, and the {@code client}, {@code oauth-client} and {@code address} policies (see
     * {@code RequestQuotas}).
     */
    interface RateLimiting {

        /**
         * Quotas by policy name, in requests per the policy's window (a minute), replacing the built-in ones:
         * {@code fieldline.gateway.rate-limit.quotas.technicians-list=60}. An unknown policy name stops the start.
         */
        Map<String, Integer> quotas();

        /** How many counters are kept in memory at most, without Redis; a window is forgotten when it closes. */
        @WithDefault("200000")
        long maxCounters();

        /**
         * How long a check may wait for Redis. A check that fails or takes longer lets the request through (fail open:
         * the tokens are still checked) and counts {@code fieldline_gateway_rate_limit_unavailable_total}.
         */
        @WithDefault("200ms")
        Duration redisTimeout();
    }
}
