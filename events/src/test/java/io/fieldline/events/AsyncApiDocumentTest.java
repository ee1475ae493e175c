package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI document names every topic and event type the contracts define. */
class AsyncApiDocumentTest {

    @Test
    void shouldDocumentEveryTopicAndEventType() throws IOException {
        String document = document();
        for (String name : List.of(
                WorkforceUserEvent.TOPIC, WorkforceUserEvent.CREATED, WorkforceUserEvent.UPDATED,
                WorkforceUserEvent.DEACTIVATED, WorkforceUserEvent.RESTORED,
                RevocationEvent.TOPIC, RevocationEvent.TOKEN_REVOKED, RevocationEvent.SUBJECT_REVOKED,
                RevocationEvent.CLIENT_REVOKED,
                AuditEvent.TOPIC, AuditEvent.RECORDED)) {
            assertTrue(document.contains("address: " + name) || document.contains("name: " + name),
                    name + " is documented");
        }
    }

    @Test
    void shouldDocumentEveryFieldOfEveryEvent() throws IOException {
        String document = document();
        for (Class<?> event : List.of(WorkforceUserEvent.class, RevocationEvent.class, AuditEvent.class)) {
            for (RecordComponent component : event.getRecordComponents()) {
                JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
                String field = renamed == null ? component.getName() : renamed.value();
                assertTrue(document.contains("        " + field + ":"), event.getSimpleName() + "." + field + " is documented");
            }
        }
    }

    private static String document() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/asyncapi.yaml")) {
            assertNotNull(in, "META-INF/asyncapi.yaml is packaged");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
