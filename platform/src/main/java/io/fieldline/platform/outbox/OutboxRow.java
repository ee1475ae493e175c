package io.fieldline.platform.outbox;

import io.fieldline.events.EventType;

import java.util.function.IntFunction;

/**
 * The one layout of an {@code outbox_event} row (db/outbox), as SQL text: the {@link Outbox} and the statements that
 * record a change and its event in one round trip build their insert from here.
 */
public final class OutboxRow {

    private static final String INSERT_INTO =
            "INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)";

    /**
     * The values of one row as SQL expressions, in the statement's own terms: the event id (a uuid), the record key,
     * the CloudEvent subject, the account id (a bigint), when it occurred (a timestamptz) and the data (JSON text).
     */
    public record Values(String eventId, String key, String subject, String accountId, String occurredAt, String data) {
    }

    private OutboxRow() {
    }

    /**
     * {@code INSERT INTO outbox_event (...) SELECT ... FROM <from>}: one event of {@code type} for each row of
     * {@code from}, with the values given as expressions over its columns.
     */
    public static String insertSelect(EventType<?> type, Values values, String from) {
        return INSERT_INTO + "\nSELECT " + expressions(literal(type.contract().topic()), literal(type.name()), values)
                + "\nFROM " + from;
    }

    /**
     * {@code INSERT INTO outbox_event (...) VALUES (...)} of eight parameters in column order (event id, topic, key,
     * type, subject, account id, occurred at, data), each written by {@code parameter} from its position 1 to 8.
     */
    static String insertValues(IntFunction<String> parameter) {
        Values values = new Values(parameter.apply(1), parameter.apply(3), parameter.apply(5), parameter.apply(6),
                parameter.apply(7), parameter.apply(8));
        return INSERT_INTO + "\nVALUES (" + expressions(parameter.apply(2), parameter.apply(4), values) + ")";
    }

    // data is cast through text: bound to a jsonb parameter, a Java string would be stored as a JSON string value
    private static String expressions(String topic, String type, Values values) {
        return String.join(", ", values.eventId(), topic, values.key(), type, values.subject(), values.accountId(),
                values.occurredAt(), "cast(cast(" + values.data() + " AS text) AS jsonb)");
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
