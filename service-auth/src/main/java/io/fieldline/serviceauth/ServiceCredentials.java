package io.fieldline.serviceauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The one rule by which a Fieldline service proves itself to another's internal endpoints: HTTP Basic (RFC 7617) with
 * the calling service's name as user id and the internal secret every service shares as password. The gateway, which
 * does not use platform, and platform's REST client filter both send what {@link #authorization} makes, and the
 * receiving service checks it with {@link #isFrom}.
 */
public final class ServiceCredentials {

    /** The configuration property holding the shared secret; every environment sets it from FIELDLINE_INTERNAL_SECRET. */
    public static final String SECRET_PROPERTY = "fieldline.internal.secret";
    public static final String GATEWAY = "gateway";
    public static final String TECHNICIAN_SERVICE = "technician-service";

    private static final int MIN_SECRET_LENGTH = 32;

    private final String secret;

    /** Fails with {@link IllegalStateException} when the secret is missing or shorter than 32 characters. */
    public ServiceCredentials(String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(SECRET_PROPERTY + " must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.secret = secret;
    }

    /** The value of the {@code Authorization} header that {@code service} sends: {@code Basic base64(service:secret)}. */
    public String authorization(String service) {
        return "Basic " + Base64.getEncoder().encodeToString((service + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether an {@code Authorization} header value (null when absent) is the one {@code service} sends. Compares in
     * time independent of where the values differ, so the secret cannot be guessed a character at a time.
     */
    public boolean isFrom(String authorization, String service) {
        byte[] presented = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(presented, authorization(service).getBytes(StandardCharsets.UTF_8));
    }
}
