package io.fieldline.identity.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Base64;

/**
 * Signs JWS compact serializations (RFC 7515) with one key, through {@link SignatureProvider}: ES256 signatures in the
 * IEEE P1363 form RFC 7518 section 3.4 asks for (R and S, each as 32 big-endian bytes), RS256 as PKCS #1 v1.5.
 */
public final class JwsSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String algorithm;
    private final String jcaAlgorithm;
    private final PrivateKey key;
    private final String encodedHeader;

    /** A signer whose tokens carry {@code kid} and {@code typ} in their header. */
    JwsSigner(String kid, String algorithm, PrivateKey key, String type) {
        this.algorithm = algorithm;
        this.jcaAlgorithm = switch (algorithm) {
            case "ES256" -> "SHA256withECDSAinP1363Format";
            case "RS256" -> "SHA256withRSA";
            default -> throw new IllegalArgumentException("unsupported signing algorithm " + algorithm);
        };
        this.key = key;
        this.encodedHeader = BASE64URL.encodeToString(("{\"alg\":\"" + algorithm + "\",\"typ\":\"" + type
                + "\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The compact serialization of {@code payload} (the claims, as JSON), signed. */
    public String sign(byte[] payload) {
        String signingInput = encodedHeader + "." + BASE64URL.encodeToString(payload);
        try {
            var signature = SignatureProvider.signature(jcaAlgorithm);
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with " + algorithm, e);
        }
    }
}
