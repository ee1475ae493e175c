package io.fieldline.identity.token;

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
 */
@ApplicationScoped
public class GraceSealer {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "fieldline refresh grace\0".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    public GraceSealer(ObjectMapper json) {
        this.json = json;
    }

    String seal(TokenResponse response, String refreshTokenValue) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key(refreshTokenValue), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(response));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (Exception e) {
            throw new IllegalStateException("could not seal the grace response", e);
        }
    }

    TokenResponse open(String sealed, String refreshTokenValue) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key(refreshTokenValue), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return json.readValue(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), TokenResponse.class);
        } catch (Exception e) {
            throw new IllegalStateException("could not open the grace response", e);
        }
    }

    private static SecretKeySpec key(String refreshTokenValue) throws GeneralSecurityException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(CONTEXT);
        return new SecretKeySpec(sha256.digest(refreshTokenValue.getBytes(StandardCharsets.UTF_8)), "AES");
    }
}
