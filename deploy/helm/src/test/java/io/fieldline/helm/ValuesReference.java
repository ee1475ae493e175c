package io.fieldline.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The values table of the chart's README, generated from values.schema.json (helm-docs style): one row per setting,
 * with its type, its default from values.yaml and the schema's description.
 */
final class ValuesReference {

    static final String BEGIN = "<!-- values table: generated from values.schema.json by ValuesReferenceTest -->";
    static final String END = "<!-- end of values table -->";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ValuesReference() {
    }

    /** The table, between its {@link #BEGIN} and {@link #END} markers. */
    static String table() {
        JsonNode schema = read(FieldlineChart.DIRECTORY.resolve("values.schema.json"));
        JsonNode defaults = JSON.valueToTree(FieldlineChart.values(null));
        StringBuilder table = new StringBuilder(BEGIN).append("\n\n")
                .append("| key | type | default | description |\n| --- | --- | --- | --- |\n");
        rows(schema, schema, defaults, "", table);
        return table.append("\n").append(END).toString();
    }

    private static void rows(JsonNode schema, JsonNode node, JsonNode defaults, String path, StringBuilder table) {
        JsonNode resolved = resolve(schema, node);
        if (resolved.has("properties")) {
            resolved.get("properties").fields().forEachRemaining(property -> rows(schema, property.getValue(),
                    defaults == null ? null : defaults.get(property.getKey()),
                    path.isEmpty() ? property.getKey() : path + "." + property.getKey(), table));
            return;
        }
        String description = node.has("description") ? node.get("description").asText() : resolved.path("description").asText();
        table.append("| `").append(path).append("` | ").append(type(resolved)).append(" | ")
                .append(defaults == null || defaults.isNull() ? "" : "`" + defaults + "`").append(" | ")
                .append(description.replace("|", "\\|")).append(" |\n");
    }

    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        return schema.at(node.get("$ref").asText().substring(1));
    }

    private static String type(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null) {
            return node.has("const") ? "constant" : "any";
        }
        return type.isArray() ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.joining(" or ")) : type.asText();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
