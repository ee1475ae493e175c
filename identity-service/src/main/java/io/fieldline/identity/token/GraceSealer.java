package io.fieldline.identity.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals the token response that replaced a refresh token under a key derived from that refresh token's value, with
 * AES-GCM. Only the holder of the old token can open it, so a client that lost the response can retry the same
 * refresh within the grace window and get the same new pair, while the database keeps nothing it could use.
 * <p>
 * Only the two tokens are sealed, as raw bytes: the rest of the response is in the access token's claims. That keeps a
 * retired row small enough for PostgreSQL to store in place, without compressing or moving it out of line.
 */
@ApplicationScoped
public class GraceSealer {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "fieldline refresh grace\0".getBytes(StandardCharsets.UTF_8);

    // looking a cipher or digest up costs more than using it: each event-loop thread keeps its own
    private static final ThreadLocal<Cipher> CIPHERS =
            ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance(CIPHER)));
    private static final ThreadLocal<MessageDigest> DIGESTS =
            ThreadLocal.withInitial(() -> instance(() -> MessageDigest.getInstance("SHA-256")));

    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public GraceSealer(ObjectMapper json) {
        this.json = json;
    }

    byte[] seal(TokenResponse response, String refreshTokenValue) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key(refreshTokenValue), new GCMParameterSpec(TAG_BITS, iv));
            // neither token has a space in it
            byte[] pair = (response.accessToken() + " " + response.refreshToken()).getBytes(StandardCharsets.US_ASCII);
            ByteBuffer sealed = ByteBuffer.allocate(IV_BYTES + cipher.getOutputSize(pair.length)).put(iv);
            cipher.doFinal(ByteBuffer.wrap(pair), sealed);
            return sealed.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal the grace response", e);
        }
    }

    TokenResponse open(byte[] sealed, String refreshTokenValue) {
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key(refreshTokenValue), new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            String[] pair = new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES),
                    StandardCharsets.US_ASCII).split(" ");
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(pair[0].split("\\.")[1]));
            long issuedAt = claims.get("iat").asLong();
            return new TokenResponse(pair[0], "bearer", issuedAt, claims.get("exp").asLong() - issuedAt, pair[1],
                    claims.get("scope").asText());
        } catch (Exception e) {
            throw new IllegalStateException("could not open the grace response", e);
        }
    }

    private static SecretKeySpec key(String refreshTokenValue) {
        MessageDigest sha256 = DIGESTS.get();
        sha256.update(CONTEXT);
        return new SecretKeySpec(sha256.digest(refreshTokenValue.getBytes(StandardCharsets.UTF_8)), "AES");
    }

    private interface Lookup<T> {
        T get() throws GeneralSecurityException;
    }

    private static <T> T instance(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM and SHA-256", e);
        }
    }
}
