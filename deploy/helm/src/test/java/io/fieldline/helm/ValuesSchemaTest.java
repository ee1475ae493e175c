package io.fieldline.helm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * values.schema.json: the default and production values render; every values file in {@code bad-values/} is refused
 * by the schema, for the reason its first line names ({@code # refused: <part of Helm's message>}).
 */
class ValuesSchemaTest {

    private static final Path BAD_VALUES = Path.of("src/test/resources/bad-values");
    private static final String REASON_PREFIX = "# refused: ";

    @Test
    void shouldRenderTheDefaultValues() {
        assertFalse(FieldlineChart.render().all().isEmpty());
    }

    @Test
    void shouldRenderTheProductionValues() {
        assertFalse(FieldlineChart.render(FieldlineChart.PRODUCTION_VALUES).all().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValuesFiles")
    void shouldRefuseABadValuesFileNamingTheReason(Path valuesFile) throws IOException {
        String firstLine = Files.readAllLines(valuesFile).get(0);
        assertTrue(firstLine.startsWith(REASON_PREFIX), valuesFile + " must start with '" + REASON_PREFIX + "<reason>'");
        String reason = firstLine.substring(REASON_PREFIX.length());

        Exception refused = assertThrows(Exception.class, () -> FieldlineChart.template(valuesFile));

        assertTrue(refused.getMessage().contains("values don't meet the specifications of the schema"), refused::getMessage);
        assertTrue(refused.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + refused.getMessage());
    }

    static Stream<Path> badValuesFiles() {
        try (Stream<Path> files = Files.list(BAD_VALUES)) {
            List<Path> sorted = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            return sorted.stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
