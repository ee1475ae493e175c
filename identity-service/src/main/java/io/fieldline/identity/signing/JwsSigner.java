package io.fieldline.identity.signing;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.Base64;

/**
 * Signs JWS compact serializations (RFC 7515) with one key. ES256 goes through BouncyCastle's P-256 implementation
 * with deterministic nonces (RFC 6979): about six times faster than the JDK 17 provider, which dominated the token
 * endpoint's CPU, and it needs no random source per signature. RS256 goes through the JDK.
 */
public final class JwsSigner {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ECDomainParameters P256 = domain(CustomNamedCurves.getByName("secp256r1"));

    private final String algorithm;
    private final PrivateKey key;
    private final ECPrivateKeyParameters ecKey;
    private final String encodedHeader;

    /** A signer whose tokens carry {@code kid} and {@code typ} in their header. */
    JwsSigner(String kid, String algorithm, PrivateKey key, String type) {
        this.algorithm = algorithm;
        this.key = key;
        this.ecKey = algorithm.equals("ES256") ? new ECPrivateKeyParameters(((ECPrivateKey) key).getS(), P256) : null;
        this.encodedHeader = BASE64URL.encodeToString(("{\"alg\":\"" + algorithm + "\",\"typ\":\"" + type
                + "\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The compact serialization of {@code payload} (the claims, as JSON), signed. */
    public String sign(byte[] payload) {
        String signingInput = encodedHeader + "." + BASE64URL.encodeToString(payload);
        byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
        return signingInput + "." + BASE64URL.encodeToString(ecKey != null ? es256(input) : rs256(input));
    }

    /** RFC 7518 section 3.4: R and S, each as 32 big-endian bytes. */
    private byte[] es256(byte[] input) {
        SHA256Digest digest = new SHA256Digest();
        digest.update(input, 0, input.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, ecKey);
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] signature = new byte[64];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, 32);
        BigIntegers.asUnsignedByteArray(rs[1], signature, 32, 32);
        return signature;
    }

    private byte[] rs256(byte[] input) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with " + algorithm, e);
        }
    }

    private static ECDomainParameters domain(X9ECParameters curve) {
        return new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH(), curve.getSeed());
    }
}
