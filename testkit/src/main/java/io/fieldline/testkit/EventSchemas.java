package io.fieldline.testkit;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fieldline.events.EventContract;
import io.fieldline.events.EventContracts;
import io.fieldline.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks events against their contract's JSON Schema, as documented in {@code META-INF/asyncapi.yaml} of
 * fieldline-events ({@code components.schemas}), with networknt's json-schema-validator (draft 7, which AsyncAPI 3
 * schemas extend).
 */
public final class EventSchemas {

    private static final JsonNode SCHEMAS = load().path("components").path("schemas");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final JsonMapper JSON = new JsonMapper();

    private EventSchemas() {
    }

    /** How a data of the contract breaks its schema: one message per violation; empty when it conforms. */
    public static List<String> violations(EventContract<?> contract, String data) {
        JsonNode schema = SCHEMAS.path(contract.schema());
        if (!schema.isObject()) {
            return List.of("no schema " + contract.schema() + " in META-INF/asyncapi.yaml");
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(data);
        } catch (JacksonException notJson) {
            return List.of("data is not JSON: " + notJson.getOriginalMessage());
        }
        Schema validator = REGISTRY.getSchema(schema);
        return validator.validate(instance).stream().map(Object::toString).toList();
    }

    /** How a record breaks the contract of {@code type}: its topic, its {@code ce_type}, its data's schema. */
    public static List<String> violations(EventType<?> type, ConsumerRecord<String, String> record) {
        List<String> violations = new ArrayList<>();
        if (!type.contract().topic().equals(record.topic())) {
            violations.add("published on " + record.topic() + ", not " + type.contract().topic());
        }
        if (!type.name().equals(TopicReader.header(record, "ce_type"))) {
            violations.add("ce_type is " + TopicReader.header(record, "ce_type") + ", not " + type);
        }
        violations.addAll(violations(type.contract(), record.value()));
        return violations;
    }

    /**
     * Emits, for real, an event of every type of every contract {@code service} publishes, each with its emitter
     * (which makes the change and returns the key of the record it caused), reads it from the topic and checks it
     * against its schema. Fails naming every type that has no emitter, or whose event breaks its contract.
     */
    public static void assertEveryPublishedEventConforms(String service, String bootstrapServers,
                                                         Map<EventType<?>, Supplier<String>> emitters) {
        List<String> failures = new ArrayList<>();
        Set<EventType<?>> published = new HashSet<>();
        for (EventContract<?> contract : EventContracts.publishedBy(service)) {
            try (TopicReader topic = new TopicReader(bootstrapServers, contract.topic())) {
                for (EventType<?> type : contract.types()) {
                    published.add(type);
                    Supplier<String> emitter = emitters.get(type);
                    if (emitter == null) {
                        failures.add(type + ": no test emits it");
                        continue;
                    }
                    String key = emitter.get();
                    ConsumerRecord<String, String> record = topic.awaitRecord(candidate -> key.equals(candidate.key())
                            && type.name().equals(TopicReader.header(candidate, "ce_type")), Duration.ofSeconds(30));
                    violations(type, record).forEach(violation -> failures.add(type + ": " + violation));
                }
            }
        }
        emitters.keySet().stream().filter(type -> !published.contains(type))
                .forEach(type -> failures.add(type + ": not published by " + service));
        if (!failures.isEmpty()) {
            throw new AssertionError("events that break their contracts:\n" + String.join("\n", failures));
        }
    }

    private static JsonNode load() {
        try (InputStream in = EventSchemas.class.getResourceAsStream("/META-INF/asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/asyncapi.yaml of fieldline-events is not on the class path");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException("META-INF/asyncapi.yaml cannot be read", unreadable);
        }
    }
}
