package io.fieldline.identity.signing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;

/**
 * The keys that sign access tokens. Kept in the database so that tokens stay valid across restarts and replicas; the
 * newest key signs, and every stored key is published in the JWKS.
 */
@ApplicationScoped
public class SigningKeys {

    private static final String ALGORITHM = "RS256";

    /** The key that signs now, with its id for the JWT header. */
    public record ActiveKey(String kid, PrivateKey privateKey) {
    }

    private volatile ActiveKey active;
    private volatile String jwks;
    private volatile List<JsonWebKey> verificationKeys;

    void load(@Observes StartupEvent startup) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> SigningKey.<SigningKey>listAll()
                .chain(keys -> keys.isEmpty() ? createFirstKey().map(List::of) : Uni.createFrom().item(keys))
                .invoke(this::use)));
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

    private Uni<SigningKey> createFirstKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            SigningKey key = new SigningKey();
            byte[] kid = new byte[8];
            new SecureRandom().nextBytes(kid);
            key.kid = HexFormat.of().formatHex(kid);
            key.algorithm = ALGORITHM;
            key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            key.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            key.createdAt = Instant.now();
            Log.infof("Created token signing key %s", key.kid);
            return key.persist();
        } catch (GeneralSecurityException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private void use(List<SigningKey> keys) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            JsonWebKeySet set = new JsonWebKeySet();
            SigningKey newest = keys.get(0);
            for (SigningKey key : keys) {
                RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                        new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey)));
                RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
                jwk.setKeyId(key.kid);
                jwk.setAlgorithm(key.algorithm);
                jwk.setUse("sig");
                set.addJsonWebKey(jwk);
                if (key.createdAt.isAfter(newest.createdAt)) {
                    newest = key;
                }
            }
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(newest.privateKey)));
            jwks = set.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
            verificationKeys = List.copyOf(set.getJsonWebKeys());
            active = new ActiveKey(newest.kid, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored signing keys are unreadable", e);
        }
    }
}
