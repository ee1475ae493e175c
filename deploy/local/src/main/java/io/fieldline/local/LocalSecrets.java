package io.fieldline.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets of a local suite: the bootstrap client's credentials, identity-service's secret-hashing key, the
 * secret services authenticate internal calls with and job-service's key for signing download links. Generated on first start and kept in the data directory, so the
 * same client works after a restart.
 */
public record LocalSecrets(String bootstrapClientId, String bootstrapClientSecret, String secretHashKey,
                           String internalSecret, String datafileSigningKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static LocalSecrets loadOrCreate(Path dataDir, Map<String, String> environment) throws IOException {
        Path file = dataDir.resolve("secrets.properties");
        Properties stored = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                stored.load(reader);
            }
        }
        String clientId = firstOf(environment.get("FIELDLINE_BOOTSTRAP_CLIENT_ID"),
                stored.getProperty("bootstrap.client-id"), "demo-" + HexFormat.of().formatHex(randomBytes(8)));
        String clientSecret = firstOf(environment.get("FIELDLINE_BOOTSTRAP_CLIENT_SECRET"),
                stored.getProperty("bootstrap.client-secret"), randomToken());
        String hashKey = firstOf(stored.getProperty("identity.secret-hash-key"), randomToken());
        String internalSecret = firstOf(stored.getProperty("internal.secret"), randomToken());
        String datafileSigningKey = firstOf(stored.getProperty("datafiles.signing-key"), randomToken());
        LocalSecrets secrets = new LocalSecrets(clientId, clientSecret, hashKey, internalSecret, datafileSigningKey);
        secrets.store(file);
        return secrets;
    }

    /** 256 random bits, URL-safe. */
    public static String randomToken() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private void store(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Properties properties = new Properties();
        properties.setProperty("bootstrap.client-id", bootstrapClientId);
        properties.setProperty("bootstrap.client-secret", bootstrapClientSecret);
        properties.setProperty("identity.secret-hash-key", secretHashKey);
        properties.setProperty("internal.secret", internalSecret);
        properties.setProperty("datafiles.signing-key", datafileSigningKey);
        if (!Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "Fieldline local suite secrets; delete with ./fieldline up --fresh");
        }
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        throw new IllegalStateException("no value");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
