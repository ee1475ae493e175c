package io.fieldline.testkit;

import io.fieldline.events.AuditEvent;
import io.fieldline.events.RevocationEvent;
import io.fieldline.events.WorkforceUserEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Event data is checked against the JSON Schema its contract documents. */
class EventSchemasTest {

    private static final String USER = SampleEvents.workforceUser(42, 7, "Mike", null, true, 3);

    @Test
    void shouldAcceptDataThatConformsToItsSchema() {
        assertEquals(List.of(), EventSchemas.violations(WorkforceUserEvent.CONTRACT, USER));
        assertEquals(List.of(), EventSchemas.violations(RevocationEvent.CONTRACT, """
                {"kind":"token","account_id":7,"jti":"abc","expires_at":"2026-01-15T12:30:00Z"}"""));
    }

    @Test
    void shouldNameEachViolationOfTheSchema() {
        List<String> violations = EventSchemas.violations(WorkforceUserEvent.CONTRACT,
                USER.replace("\"version\":3,", "").replace("[\"technician\"]", "[\"plumber\"]"));
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("version")), violations.toString());
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("/roles/0")), violations.toString());
        assertEquals(1, EventSchemas.violations(AuditEvent.CONTRACT, "{\"id\":\"x\"}").stream()
                .filter(violation -> violation.contains("occurred_at")).count());
    }

    @Test
    void shouldRefuseARecordOfAnotherTopicOrType() {
        assertEquals(List.of(), EventSchemas.violations(WorkforceUserEvent.CREATED,
                record(WorkforceUserEvent.TOPIC, WorkforceUserEvent.CREATED.name())));
        assertEquals(2, EventSchemas.violations(WorkforceUserEvent.UPDATED,
                record(RevocationEvent.TOPIC, WorkforceUserEvent.CREATED.name())).size());
    }

    private static ConsumerRecord<String, String> record(String topic, String type) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0, "42", USER);
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
