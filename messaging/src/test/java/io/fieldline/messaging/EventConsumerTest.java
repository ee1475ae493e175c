package io.fieldline.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.RevocationEvent;
import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.testkit.SampleEvents;
import io.smallrye.mutiny.Uni;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record becomes its contract's typed data, or is refused as poison with a reason, before any handler runs. */
class EventConsumerTest {

    private static final String USER = SampleEvents.workforceUser(42, 7, "Mike", null, true, 3);

    private final EventConsumer consumer = new EventConsumer(new ObjectMapper().findAndRegisterModules());

    @Test
    void shouldReadARecordIntoItsDeclaredTypeAndData() {
        IncomingEvent<WorkforceUserEvent> event = consumer.read(WorkforceUserEvent.CONTRACT,
                record(WorkforceUserEvent.UPDATED.name(), USER));

        assertEquals(WorkforceUserEvent.UPDATED, event.type());
        assertEquals("42", event.key());
        assertEquals(3, event.data().version());
        assertEquals("Mike", event.data().firstName());
    }

    @Test
    void shouldRefuseATypeTheContractDoesNotDeclare() {
        PoisonEventException poison = assertThrows(PoisonEventException.class, () -> consumer.read(
                WorkforceUserEvent.CONTRACT, record(RevocationEvent.TOKEN_REVOKED.name(), USER)));
        assertTrue(poison.getMessage().contains("fieldline.identity.token.revoked.v1"), poison.getMessage());
        assertThrows(PoisonEventException.class, () -> consumer.read(WorkforceUserEvent.CONTRACT, record(null, USER)));
    }

    @Test
    void shouldRefuseDataThatIsNotJsonOrLacksWhatTheContractRequires() {
        assertThrows(PoisonEventException.class, () -> consumer.read(WorkforceUserEvent.CONTRACT,
                record(WorkforceUserEvent.CREATED.name(), "{not json")));
        assertThrows(PoisonEventException.class, () -> consumer.read(WorkforceUserEvent.CONTRACT,
                record(WorkforceUserEvent.CREATED.name(), USER.replace("\"version\":3,", ""))));
        assertThrows(PoisonEventException.class, () -> consumer.read(WorkforceUserEvent.CONTRACT,
                record(WorkforceUserEvent.CREATED.name(), null)));
    }

    @Test
    void shouldFailAPoisonRecordWithoutRunningTheHandler() {
        AtomicReference<IncomingEvent<WorkforceUserEvent>> handled = new AtomicReference<>();
        Throwable failure = consumer.consume(WorkforceUserEvent.CONTRACT, record(WorkforceUserEvent.CREATED.name(), "[]"),
                event -> {
                    handled.set(event);
                    return Uni.createFrom().voidItem();
                }).map(nothing -> (Throwable) null).onFailure().recoverWithItem(error -> error).await().indefinitely();

        assertTrue(failure instanceof PoisonEventException);
        assertNull(handled.get());
    }

    private static ConsumerRecord<String, String> record(String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(WorkforceUserEvent.TOPIC, 0, 0, "42", value);
        if (type != null) {
            record.headers().add(EventConsumer.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
