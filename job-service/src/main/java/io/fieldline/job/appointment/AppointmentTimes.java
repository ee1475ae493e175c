package io.fieldline.job.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An appointment's {@code time} as the API takes it (seed: Appointments, "ISO8601 timestamp"): a date and time with a
 * zone, kept at the microseconds a {@code TIMESTAMPTZ} holds so that what is stored reads back equal.
 */
public final class AppointmentTimes {

    /** The rule, as a field error says it. */
    public static final String RULE = "must be an ISO-8601 timestamp with a zone, such as 2017-01-01T00:00:00Z";

    private AppointmentTimes() {
    }

    /** The instant {@code text} names; empty when it is no ISO-8601 timestamp with a zone. */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.MICROS));
        } catch (DateTimeParseException notATimestamp) {
            return Optional.empty();
        }
    }
}
