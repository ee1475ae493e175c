package io.fieldline.platform.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A read model's upsert changes a stored row only for a newer version. */
class VersionedUpsertTest {

    @Test
    void shouldUpdateEveryOtherColumnOnlyWhenTheVersionIsNewer() {
        assertEquals("""
                INSERT INTO member (id, name, version)
                VALUES ($1, $2, $3)
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version
                WHERE member.version < EXCLUDED.version""", VersionedUpsert.sql("member", "id", "id", "name", "version"));
    }

    @Test
    void shouldRefuseAnUpsertWithoutItsKeyOrVersion() {
        assertThrows(IllegalArgumentException.class, () -> VersionedUpsert.sql("member", "id", "id", "name"));
        assertThrows(IllegalArgumentException.class, () -> VersionedUpsert.sql("member", "id", "name", "version"));
    }
}
