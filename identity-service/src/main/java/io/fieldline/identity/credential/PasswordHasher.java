package io.fieldline.identity.credential;

import jakarta.inject.Inject;
import io.fieldline.identity.config.PasswordConfig;
import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Version;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Hashes user passwords with Argon2id into PHC strings, {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}. Slow on
 * purpose: call it off the event loop. The reference C implementation (argon2-jvm) hashes about two and a half times
 * as many passwords a second on two cores as a pure-Java one, whose 7 MiB of blocks per hash also burden the heap.
 * A stored hash made with other parameters verifies by its own and reports that it needs rehashing. Constructing it
 * hashes nothing, since a bean may first be made on an event loop.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODE = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getDecoder();
    private static final Argon2Advanced ARGON2 = Argon2Factory.createAdvanced(Argon2Factory.Argon2Types.ARGON2id);

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();
    private volatile String decoyHash;

    @Inject
    public PasswordHasher(PasswordConfig argon2) {
        this(argon2.memoryKib(), argon2.iterations(), argon2.parallelism());
    }

    /** A hasher of this strength: memory in KiB, passes, lanes. */
    public PasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /** Makes the decoy at startup, on the main thread, so that no login pays for it. */
    void prepareDecoy(@Observes StartupEvent start) {
        decoyHash();
    }

    /**
     * The hash of a random password that nobody knows, to verify against when a login names no known user, so that it
     * costs as much as a wrong password. Made once (at startup, else on first use): call it off the event loop.
     */
    public String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            synchronized (this) {
                if (decoyHash == null) {
                    decoyHash = hash(UUID.randomUUID().toString());
                }
                decoy = decoyHash;
            }
        }
        return decoy;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, parallelism, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(memoryKib, iterations, parallelism,
                ENCODE.encodeToString(salt), ENCODE.encodeToString(hash));
    }

    /** Compares in constant time; a malformed stored hash matches nothing. */
    public boolean verify(String password, String stored) {
        Phc phc = Phc.parse(stored);
        if (phc == null) {
            return false;
        }
        byte[] computed = derive(password, phc.salt, phc.memoryKib, phc.iterations, phc.parallelism, phc.hash.length);
        return MessageDigest.isEqual(computed, phc.hash);
    }

    public boolean needsRehash(String stored) {
        Phc phc = Phc.parse(stored);
        return phc == null || phc.memoryKib != memoryKib || phc.iterations != iterations || phc.parallelism != parallelism;
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        try {
            return ARGON2.rawHashAdvanced(iterations, memoryKib, parallelism, secret, salt, null, null, length,
                    Argon2Version.V13);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private record Phc(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static Phc parse(String encoded) {
            String[] parts = encoded.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                return null;
            }
            try {
                int memory = 0;
                int time = 0;
                int lanes = 0;
                for (String parameter : parts[3].split(",")) {
                    String[] pair = parameter.split("=");
                    switch (pair[0]) {
                        case "m" -> memory = Integer.parseInt(pair[1]);
                        case "t" -> time = Integer.parseInt(pair[1]);
                        case "p" -> lanes = Integer.parseInt(pair[1]);
                        default -> {
                            return null;
                        }
                    }
                }
                return new Phc(memory, time, lanes, DECODE.decode(parts[4]), DECODE.decode(parts[5]));
            } catch (RuntimeException malformed) {
                return null;
            }
        }
    }
}
