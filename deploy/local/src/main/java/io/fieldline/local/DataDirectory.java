package io.fieldline.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A suite's data directory: databases, Kafka log, secrets and logs, plus a cache of the PostgreSQL binaries. */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** Deletes all data, for a fresh start; the extracted PostgreSQL binaries are a cache, not data, and are kept. */
    public static void empty(Path dataDir) throws IOException {
        if (!Files.exists(dataDir)) {
            return;
        }
        Path binaries = dataDir.resolve("postgres/binaries");
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.startsWith(binaries) && !path.equals(dataDir) && !binaries.startsWith(path)) {
                    Files.delete(path);
                }
            }
        }
    }
}
