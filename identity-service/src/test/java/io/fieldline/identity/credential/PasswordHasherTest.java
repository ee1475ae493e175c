package io.fieldline.identity.credential;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Argon2id hashes in PHC strings: its own, and those another implementation made, verify alike. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(7168, 5, 1);

    @Test
    void shouldVerifyItsOwnHashAndNothingElse() {
        String stored = hasher.hash("correct horse battery staple");

        assertTrue(stored.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"));
        assertTrue(hasher.verify("correct horse battery staple", stored));
        assertFalse(hasher.verify("correct horse battery stapler", stored));
        assertFalse(hasher.needsRehash(stored));
    }

    @Test
    void shouldVerifyAHashAnotherImplementationMadeAndAskToRehashOtherParameters() {
        byte[] salt = "sixteen-byte-slt".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator bouncyCastle = new Argon2BytesGenerator();
        bouncyCastle.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(4096).withIterations(3)
                .withParallelism(1).withSalt(salt).build());
        byte[] hash = new byte[32];
        bouncyCastle.generateBytes("supersecretpassword".getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        String stored = "$argon2id$v=19$m=4096,t=3,p=1$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);

        assertTrue(hasher.verify("supersecretpassword", stored));
        assertFalse(hasher.verify("supersecretpasswore", stored));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void shouldMakeTheDecoyOnceWithTheConfiguredParametersAndMatchNoGuess() {
        String decoy = hasher.decoyHash();

        assertTrue(decoy.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"));
        assertEquals(decoy, hasher.decoyHash());
        assertFalse(hasher.verify("supersecretpassword", decoy));
    }

    @Test
    void shouldMatchNothingWithAMalformedHash() {
        assertFalse(hasher.verify("anything", "$argon2i$v=19$m=7168,t=5,p=1$c2FsdA$aGFzaA"));
        assertFalse(hasher.verify("anything", "not a hash"));
    }
}
