package io.fieldline.platform.outbox;

import io.fieldline.events.AuditEvent;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The outbox row is written one way, whether from parameters or from the rows of a query. */
class OutboxRowTest {

    @Test
    void shouldInsertOneRowFromEightParametersInColumnOrder() {
        assertEquals("""
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)
                VALUES ($1, $2, $3, $4, $5, $6, $7, cast(cast($8 AS text) AS jsonb))""",
                OutboxRow.insertValues(position -> "$" + position));
    }

    @Test
    void shouldInsertAnEventOfTheContractsTopicAndTypeForEachRowOfAQuery() {
        assertEquals("""
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)
                SELECT id, 'fieldline.identity.audit', account_id::text, 'fieldline.identity.audit.recorded.v1', action, \
                account_id, occurred_at, cast(cast(data AS text) AS jsonb)
                FROM recorded""",
                OutboxRow.insertSelect(AuditEvent.RECORDED, new OutboxRow.Values("id", "account_id::text", "action",
                        "account_id", "occurred_at", "data"), "recorded"));
    }
}
