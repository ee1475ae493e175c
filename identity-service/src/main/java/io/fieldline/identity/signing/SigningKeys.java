package io.fieldline.identity.signing;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.config.SigningConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The keys that sign access tokens, kept in the database so tokens stay valid across restarts and replicas. Rotation
 * has no downtime: a new key is published in the JWKS at once but signs only after {@code publish-ahead}, longer than
 * verifiers take to refetch the JWKS; an old key stays published until every token it signed has expired. Every
 * replica reloads the keys on a schedule, so a rotation by one reaches all.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The key that signs now: its id and algorithm, and its signer of access tokens ({@code typ: at+jwt}, RFC 9068). */
    public record ActiveKey(String kid, String algorithm, JwsSigner accessTokens) {
    }

    private final String algorithm;
    private final Duration publishAhead;
    private final Duration tokenLifetime;
    private volatile ActiveKey active;
    private volatile String jwks;
    private volatile List<JsonWebKey> verificationKeys;

    public SigningKeys(SigningConfig signing, TokenSettings tokens) {
        this.algorithm = signing.algorithm();
        if (!algorithm.equals("ES256") && !algorithm.equals("RS256")) {
            throw new IllegalStateException("fieldline.signing.algorithm must be ES256 or RS256");
        }
        this.publishAhead = signing.publishAhead();
        this.tokenLifetime = Duration.ofSeconds(tokens.lifetime());
    }

    /**
     * Loads the keys, creating the first one; when the configured algorithm changed, a key of the new algorithm signs
     * from now on (verifiers accept one algorithm, so this is a configuration change of the whole suite).
     */
    void load(@Observes StartupEvent startup) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> SigningKey.<SigningKey>listAll()
                .chain(keys -> keys.isEmpty() || !signingKey(keys, Instant.now()).algorithm.equals(algorithm)
                        ? newKey(Instant.now()).map(created -> withKey(keys, created))
                        : Uni.createFrom().item(keys))
                .invoke(this::use)));
    }

    private static List<SigningKey> withKey(List<SigningKey> keys, SigningKey added) {
        List<SigningKey> all = new ArrayList<>(keys);
        all.add(added);
        return all;
    }

    @Scheduled(every = "${fieldline.signing.reload-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> reload() {
        // until the first start has committed the first key, there is nothing to reload
        return Panache.withTransaction(() -> SigningKey.<SigningKey>listAll().chain(keys -> keys.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : retireExpired(keys).invoke(this::use).replaceWithVoid()));
    }

    /** Creates the next key: published now, signing after the publish-ahead period. */
    public Uni<SigningKey> rotate() {
        return Panache.withTransaction(() -> newKey(Instant.now().plus(publishAhead)))
                .call(this::reload);
    }

    public ActiveKey active() {
        return active;
    }

    public String jwks() {
        return jwks;
    }

    /** Every published public key, to verify tokens this service issued. */
    public List<JsonWebKey> verificationKeys() {
        return verificationKeys;
    }

    /** Deletes keys older than the signing key once the signing key has signed for longer than a token lives. */
    private Uni<List<SigningKey>> retireExpired(List<SigningKey> keys) {
        SigningKey signing = signingKey(keys, Instant.now());
        if (signing.activatesAt.plus(tokenLifetime).plus(CLOCK_SKEW).isAfter(Instant.now())) {
            return Uni.createFrom().item(keys);
        }
        List<SigningKey> retired = keys.stream().filter(key -> key.activatesAt.isBefore(signing.activatesAt)).toList();
        if (retired.isEmpty()) {
            return Uni.createFrom().item(keys);
        }
        retired.forEach(key -> Log.infof("Retiring token signing key %s: every token it signed has expired", key.kid));
        return SigningKey.delete("activatesAt < ?1", signing.activatesAt)
                .replaceWith(keys.stream().filter(key -> !retired.contains(key)).toList());
    }

    private static KeyFactory keyFactory(String algorithm) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm.startsWith("ES") ? "EC" : "RSA");
    }

    private static SigningKey signingKey(List<SigningKey> keys, Instant now) {
        return keys.stream().filter(key -> !key.activatesAt.isAfter(now))
                .max(Comparator.comparing(key -> key.activatesAt))
                .orElseGet(() -> keys.stream().min(Comparator.comparing(key -> key.activatesAt)).orElseThrow());
    }

    private Uni<SigningKey> newKey(Instant activatesAt) {
        try {
            KeyPairGenerator generator;
            if (algorithm.equals("ES256")) {
                generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
            }
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = new SigningKey();
            byte[] kid = new byte[8];
            new SecureRandom().nextBytes(kid);
            key.kid = HexFormat.of().formatHex(kid);
            key.algorithm = algorithm;
            key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            key.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            key.createdAt = Instant.now();
            key.activatesAt = activatesAt;
            Log.infof("Created token signing key %s, signing from %s", key.kid, activatesAt);
            return key.persist();
        } catch (GeneralSecurityException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private void use(List<SigningKey> keys) {
        try {
            JsonWebKeySet set = new JsonWebKeySet();
            for (SigningKey key : keys) {
                PublicKey publicKey = keyFactory(key.algorithm)
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey)));
                PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(publicKey);
                jwk.setKeyId(key.kid);
                jwk.setAlgorithm(key.algorithm);
                jwk.setUse("sig");
                set.addJsonWebKey(jwk);
            }
            SigningKey signing = signingKey(keys, Instant.now());
            PrivateKey privateKey = keyFactory(signing.algorithm)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(signing.privateKey)));
            jwks = set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
            verificationKeys = List.copyOf(set.getJsonWebKeys());
            active = new ActiveKey(signing.kid, signing.algorithm,
                    new JwsSigner(signing.kid, signing.algorithm, privateKey, "at+jwt"));
        } catch (GeneralSecurityException | JoseException e) {
            throw new IllegalStateException("stored signing keys are unreadable", e);
        }
    }
}
