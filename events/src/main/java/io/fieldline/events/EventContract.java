package io.fieldline.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The events of one entity, declared once: the topic they travel on, the service that publishes them, the CloudEvent
 * types they may carry, the class of their data and the name of its JSON Schema in {@code META-INF/asyncapi.yaml}
 * ({@code components.schemas}). Producers name an {@link EventType} of the contract, never a topic or a type string;
 * consumers read into the same data class. Modelled on Debezium's {@code ExportedEvent}.
 *
 * @param <T> the data class
 */
public final class EventContract<T> {

    private final String topic;
    private final String publisher;
    private final Class<T> dataClass;
    private final String schema;
    private final ToLongFunction<T> version;
    private final List<EventType<T>> types = new ArrayList<>();

    private EventContract(String topic, String publisher, Class<T> dataClass, String schema, ToLongFunction<T> version) {
        this.topic = topic;
        this.publisher = publisher;
        this.dataClass = dataClass;
        this.schema = schema;
        this.version = version;
    }

    /** A contract whose data has no version: consumers apply every event. */
    static <T> EventContract<T> of(String topic, String publisher, Class<T> dataClass, String schema) {
        return new EventContract<>(topic, publisher, dataClass, schema, null);
    }

    /** A contract whose data carries a version that grows with every change; consumers drop events not newer. */
    static <T> EventContract<T> versioned(String topic, String publisher, Class<T> dataClass, String schema,
                                          ToLongFunction<T> version) {
        return new EventContract<>(topic, publisher, dataClass, schema, version);
    }

    /** Declares one event type the contract carries; only the contract's own class declares them. */
    EventType<T> declare(String name) {
        EventType<T> type = new EventType<>(this, name);
        types.add(type);
        return type;
    }

    /** The Kafka topic, {@code fieldline.<area>.<entities>}; records are keyed by the entity id. */
    public String topic() {
        return topic;
    }

    /** The {@code quarkus.application.name} of the service that publishes the events. */
    public String publisher() {
        return publisher;
    }

    /** The record the data is read into and written from. */
    public Class<T> dataClass() {
        return dataClass;
    }

    /** The data's schema name under {@code components.schemas} of {@code META-INF/asyncapi.yaml}. */
    public String schema() {
        return schema;
    }

    /** Every type the contract carries, in declaration order. */
    public List<EventType<T>> types() {
        return Collections.unmodifiableList(types);
    }

    /** The declared type of this name ({@code ce_type}), if the contract carries it. */
    public Optional<EventType<T>> type(String name) {
        return types.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    /** Whether the data carries a version, by which consumers drop stale events. */
    public boolean isVersioned() {
        return version != null;
    }

    /** The entity's version in {@code data}; only for a versioned contract. */
    public long version(T data) {
        if (version == null) {
            throw new IllegalStateException(topic + " carries no version");
        }
        return version.applyAsLong(data);
    }

    @Override
    public String toString() {
        return topic;
    }
}
