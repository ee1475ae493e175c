package io.fieldline.helm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chart's README carries the values table generated from values.schema.json, as it is now. When it is stale the
 * test writes the current table to target/values-table.md, to be pasted over the README's.
 */
class ValuesReferenceTest {

    @Test
    void shouldDocumentEveryValueAsTheSchemaDescribesIt() throws IOException {
        String table = ValuesReference.table();
        String readme = Files.readString(FieldlineChart.DIRECTORY.resolve("README.md"));

        boolean current = readme.contains(table);
        if (!current) {
            Files.writeString(Path.of("target/values-table.md"), table);
        }

        assertTrue(current, "the README's values table is stale: replace it with target/values-table.md");
    }
}
