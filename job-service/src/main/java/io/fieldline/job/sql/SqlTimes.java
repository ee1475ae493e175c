package io.fieldline.job.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants to and from {@code TIMESTAMPTZ} columns as the reactive PostgreSQL client binds and reads them. */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The instant as a UTC {@code TIMESTAMPTZ} value; {@code null} stays {@code null}. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The instant of a {@code TIMESTAMPTZ} value; {@code null} stays {@code null}. */
    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The current instant at the precision a {@code TIMESTAMPTZ} keeps (microseconds), so a stored value reads back equal. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
