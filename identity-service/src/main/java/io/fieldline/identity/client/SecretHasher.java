package io.fieldline.identity.client;

import jakarta.enterprise.context.ApplicationScoped;
import io.fieldline.identity.config.SecretHashConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Hashes client secrets with HMAC-SHA-256 under a server key. Secrets the server generates carry 256 random bits, so a
 * keyed fast hash stores them safely (no dictionary to try) and checks them in microseconds; a stolen table without
 * the key reveals nothing.
 */
@ApplicationScoped
public class SecretHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public SecretHasher(SecretHashConfig config) {
        if (config.key().length() < 32) {
            throw new IllegalStateException("fieldline.secret-hash.key must be at least 32 characters");
        }
        this.key = new SecretKeySpec(config.key().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String hash(String secret) {
        return Base64.getEncoder().encodeToString(macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares in constant time, so timing reveals nothing about how much of a guess was right. */
    public boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
