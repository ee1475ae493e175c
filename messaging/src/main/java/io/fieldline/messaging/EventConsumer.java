package io.fieldline.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.EventContract;
import io.fieldline.events.EventType;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The one way to consume an event: reads a record into its contract's data class and hands it to the handler. A
 * poison record (a {@code ce_type} the contract does not declare, data that is not of its shape, a versioned entity
 * without a version) fails the message, which the channel's dead-letter-queue failure strategy (a default of every
 * channel) moves to the dead-letter topic with the error in its headers, without blocking the partition.
 */
@ApplicationScoped
public class EventConsumer {

    static final String TYPE_HEADER = "ce_type";

    private final ObjectMapper json;

    public EventConsumer(ObjectMapper json) {
        this.json = json;
    }

    /** Reads the record and runs the handler; a failed Uni when the record is poison or the handler fails. */
    public <T> Uni<Void> consume(EventContract<T> contract, ConsumerRecord<String, String> record,
                                 Function<IncomingEvent<T>, Uni<Void>> handler) {
        IncomingEvent<T> event;
        try {
            event = read(contract, record);
        } catch (PoisonEventException poison) {
            Log.warnf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    poison.getMessage());
            return Uni.createFrom().failure(poison);
        }
        return Uni.createFrom().deferred(() -> handler.apply(event));
    }

    /** The record as an event of the contract; {@link PoisonEventException} when it cannot be one. */
    public <T> IncomingEvent<T> read(EventContract<T> contract, ConsumerRecord<String, String> record) {
        String typeName = header(record, TYPE_HEADER);
        EventType<T> type = contract.type(typeName).orElseThrow(() -> new PoisonEventException(
                "ce_type " + typeName + " is not one of " + contract.types() + " on " + contract.topic()));
        if (record.value() == null) {
            throw new PoisonEventException(type + " has no data");
        }
        T data;
        try {
            data = json.readValue(record.value(), contract.dataClass());
        } catch (JsonProcessingException unreadable) {
            throw new PoisonEventException(type + " data is not a " + contract.schema() + ": "
                    + unreadable.getOriginalMessage());
        }
        if (data == null || (contract.isVersioned() && contract.version(data) < 1)) {
            throw new PoisonEventException(type + " data lacks a version of at least 1");
        }
        return new IncomingEvent<>(type, record.key(), data);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
