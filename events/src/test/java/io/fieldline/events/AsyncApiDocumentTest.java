package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI document describes every contract exactly: its channel, its message types and its data's schema. */
class AsyncApiDocumentTest {

    static final List<EventContract<?>> CONTRACTS = EventContracts.ALL;
    private static final JsonNode DOCUMENT = document();

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void shouldDocumentTheChannelOfEveryContractWithExactlyItsTypes(EventContract<?> contract) {
        JsonNode channel = channelOf(contract);
        Set<String> documented = new TreeSet<>();
        channel.path("messages").forEach(reference -> {
            JsonNode message = resolve(reference.path("$ref").asText());
            documented.add(message.path("name").asText());
            assertEquals("#/components/schemas/" + contract.schema(), message.path("payload").path("$ref").asText(),
                    message.path("name").asText() + " carries " + contract.schema());
        });
        assertEquals(new TreeSet<>(contract.types().stream().map(EventType::name).toList()), documented,
                contract.topic() + " carries the contract's types");
        assertTrue(sendOperationOf(contract), contract.topic() + " has a send operation");
    }

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void shouldDocumentExactlyTheFieldsOfEveryContractsData(EventContract<?> contract) {
        JsonNode schema = DOCUMENT.path("components").path("schemas").path(contract.schema());
        assertTrue(schema.isObject(), contract.schema() + " is documented");
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(fieldsOf(contract.dataClass()), properties, contract.schema() + " has the data class's fields");
        schema.path("required").forEach(required ->
                assertTrue(properties.contains(required.asText()), required.asText() + " is a property"));
        if (contract.isVersioned()) {
            assertTrue(textsOf(schema.path("required")).contains("version"), contract.schema() + " requires version");
        }
    }

    @ParameterizedTest
    @FieldSource("CONTRACTS")
    void shouldNameEveryTypeInTheAreaOfItsTopicWithAVersion(EventContract<?> contract) {
        String area = contract.topic().split("\\.")[1];
        for (EventType<?> type : contract.types()) {
            assertTrue(type.name().matches("fieldline\\." + area + "\\.[a-z_]+\\.[a-z_]+\\.v[0-9]+"), type.name());
            assertEquals(type, contract.type(type.name()).orElseThrow());
        }
    }

    private static JsonNode channelOf(EventContract<?> contract) {
        List<JsonNode> channels = new ArrayList<>();
        DOCUMENT.path("channels").forEach(channel -> {
            if (channel.path("address").asText().equals(contract.topic())) {
                channels.add(channel);
            }
        });
        assertEquals(1, channels.size(), contract.topic() + " is one channel");
        return channels.get(0);
    }

    private static boolean sendOperationOf(EventContract<?> contract) {
        List<String> sent = new ArrayList<>();
        DOCUMENT.path("operations").forEach(operation -> {
            if (operation.path("action").asText().equals("send")) {
                sent.add(resolve(operation.path("channel").path("$ref").asText()).path("address").asText());
            }
        });
        return sent.contains(contract.topic());
    }

    private static Set<String> fieldsOf(Class<?> data) {
        Set<String> fields = new TreeSet<>();
        for (RecordComponent component : data.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            fields.add(renamed == null ? component.getName() : renamed.value());
        }
        return fields;
    }

    private static Set<String> textsOf(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode resolve(String reference) {
        return DOCUMENT.at(reference.substring(1));
    }

    private static JsonNode document() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/asyncapi.yaml")) {
            assertNotNull(in, "META-INF/asyncapi.yaml is packaged");
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException("META-INF/asyncapi.yaml is not YAML", unreadable);
        }
    }
}
