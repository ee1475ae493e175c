package io.fieldline.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asks the started PostgreSQL itself how it commits: {@code ./fieldline up} must commit as production does. */
class LocalPostgresDurabilityTest {

    private final Path home = Path.of("target/durability-test").toAbsolutePath();

    @BeforeEach
    void startWithoutData() throws Exception {
        DataDirectory.empty(home);
    }

    @Test
    void fieldlineUpStartsPostgresWithDurableCommits() throws Exception {
        SuiteSettings settings = SuiteSettings.fromEnvironment(home, Map.of(
                "FIELDLINE_DATA_DIR", home.toString(),
                "FIELDLINE_POSTGRES_PORT", String.valueOf(FreePorts.pick())));

        try (LocalPostgres postgres = LocalPostgres.start(settings.dataDir().resolve("postgres"),
                settings.postgresPort(), settings.durability())) {
            assertEquals("on", postgres.setting("fsync"));
            assertEquals("on", postgres.setting("synchronous_commit"));
            assertEquals("on", postgres.setting("full_page_writes"));
        }
    }

    @Test
    void throwAwayTestDataIsCommittedWithoutWaitingForTheDisk() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"), FreePorts.pick(),
                Durability.THROWAWAY)) {
            assertEquals("off", postgres.setting("fsync"));
            assertEquals("off", postgres.setting("synchronous_commit"));
            assertEquals("off", postgres.setting("full_page_writes"));
        }
    }
}
