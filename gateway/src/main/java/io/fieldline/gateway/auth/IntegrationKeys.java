package io.fieldline.gateway.auth;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.fieldline.surfaces.Service;
import io.fieldline.gateway.route.Upstreams;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns an integration key into the access token of its client: identity-service trades the key for a short-lived
 * token, which the gateway verifies like any other and forwards in place of the key. Answers are cached briefly (an
 * unknown key more briefly still), by a hash of the key; a revoked key stops at once through the revocation events,
 * and at the latest when its cached answer expires.
 */
@ApplicationScoped
public class IntegrationKeys {

    /** A key's access token, as verified. */
    public record KeyToken(String accessToken, AccessTokenVerifier.VerifiedToken verified) {
    }

    private static final String EXCHANGE_PATH = "/internal/integration-keys/token";
    private static final Duration UNKNOWN_KEY_TTL = Duration.ofSeconds(5);
    /** A cached token is dropped this long before it expires, so a forwarded token never expires in flight. */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);

    private final AccessTokenVerifier verifier;
    private final Upstreams upstreams;
    private final HttpClient client;
    private final String serviceAuthorization;
    private final AsyncCache<String, Optional<KeyToken>> cache;

    public IntegrationKeys(AccessTokenVerifier verifier, Upstreams upstreams, Vertx vertx,
                           @ConfigProperty(name = "fieldline.internal.secret") String internalSecret,
                           @ConfigProperty(name = "fieldline.gateway.integration-key-cache") Duration cacheTtl,
                           @ConfigProperty(name = "fieldline.gateway.integration-key-cache-size") long cacheSize) {
        this.verifier = verifier;
        this.upstreams = upstreams;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(8));
        this.serviceAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString(("gateway:" + internalSecret).getBytes(StandardCharsets.UTF_8));
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfter(new TokenExpiry(cacheTtl)).buildAsync();
    }

    /**
     * The key's token, or empty for an unknown, revoked or disabled key; fails when identity-service cannot be asked.
     * Must be called on an event loop, and completes on it.
     */
    public Future<Optional<KeyToken>> tokenFor(String key) {
        Context context = Vertx.currentContext();
        return Future.fromCompletionStage(cache.get(hash(key), (hash, executor) -> exchange(key)
                        .toCompletionStage().toCompletableFuture()), context)
                .map(token -> token.filter(found -> verifier.isStillValid(found.verified())));
    }

    private Future<Optional<KeyToken>> exchange(String key) {
        return client.request(upstreams.address(Service.IDENTITY, EXCHANGE_PATH).setMethod(HttpMethod.POST)
                        .putHeader("Authorization", serviceAuthorization)
                        .putHeader("Content-Type", "application/json"))
                .compose(request -> request.send(new JsonObject().put("key", key).encode()))
                .compose(response -> response.body().compose(body -> {
                    if (response.statusCode() == 401) {
                        return Future.succeededFuture(Optional.empty());
                    }
                    if (response.statusCode() != 200) {
                        return Future.failedFuture("identity-service answered " + response.statusCode()
                                + " to an integration key exchange");
                    }
                    String accessToken = body.toJsonObject().getString("access_token");
                    return verifier.verify(accessToken).map(verified -> verified.map(v -> new KeyToken(accessToken, v)));
                }));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A known key's answer lives for the cache time or until shortly before its token expires; an unknown key's briefly. */
    private record TokenExpiry(Duration cacheTtl) implements Expiry<String, Optional<KeyToken>> {

        @Override
        public long expireAfterCreate(String key, Optional<KeyToken> value, long currentTime) {
            if (value.isEmpty()) {
                return UNKNOWN_KEY_TTL.toNanos();
            }
            Duration untilExpiry = Duration.between(Instant.now(), value.get().verified().expiresAt()).minus(EXPIRY_MARGIN);
            return Math.max(0, Math.min(cacheTtl.toNanos(), untilExpiry.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String key, Optional<KeyToken> value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Optional<KeyToken> value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
