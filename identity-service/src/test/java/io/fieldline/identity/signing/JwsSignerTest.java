package io.fieldline.identity.signing;

import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What JwsSigner signs, an independent JOSE implementation (jose4j over the JDK's providers) verifies. */
class JwsSignerTest {

    private static final String CLAIMS = "{\"sub\":\"client-1\",\"scope\":\"users:read\"}";

    @Test
    void shouldSignEs256ThatAnotherImplementationVerifies() throws Exception {
        assertVerifies("ES256", "EC", new ECGenParameterSpec("secp256r1"));
    }

    @Test
    void shouldSignRs256ThatAnotherImplementationVerifies() throws Exception {
        assertVerifies("RS256", "RSA", null);
    }

    @Test
    void shouldSignThroughAwsLcOnLinux() {
        assumeTrue(System.getProperty("os.name").equals("Linux"), "AWS-LC is packaged for Linux only");
        assertTrue(SignatureProvider.isNative(), "signatures would fall back to the slow JDK provider");
    }

    @Test
    void shouldRefuseATamperedEs256Token() throws Exception {
        KeyPair pair = keyPair("EC", new ECGenParameterSpec("secp256r1"));
        String token = new JwsSigner("k1", "ES256", pair.getPrivate(), "at+jwt").sign(CLAIMS.getBytes(StandardCharsets.UTF_8));
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"client-2\",\"scope\":\"users:read\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(tampered);
        jws.setKey(pair.getPublic());
        assertFalse(jws.verifySignature());
    }

    private static void assertVerifies(String algorithm, String keyType, ECGenParameterSpec curve) throws Exception {
        KeyPair pair = keyPair(keyType, curve);

        String token = new JwsSigner("k1", algorithm, pair.getPrivate(), "at+jwt").sign(CLAIMS.getBytes(StandardCharsets.UTF_8));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        jws.setKey(pair.getPublic());
        assertTrue(jws.verifySignature());
        assertEquals(algorithm, jws.getAlgorithmHeaderValue());
        assertEquals("k1", jws.getKeyIdHeaderValue());
        assertEquals("at+jwt", jws.getHeader("typ"));
        assertEquals(CLAIMS, jws.getPayload());
    }

    private static KeyPair keyPair(String type, ECGenParameterSpec curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        if (curve != null) {
            generator.initialize(curve);
        } else {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }
}
