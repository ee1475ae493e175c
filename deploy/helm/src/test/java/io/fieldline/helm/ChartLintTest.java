package io.fieldline.helm;

import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code helm lint --strict} passes for the default values and for the production-like values kept in the chart, and
 * fails for values the schema refuses.
 */
class ChartLintTest {

    @Test
    void shouldLintCleanWithTheDefaultValues() {
        LintResult result = FieldlineChart.lint(null);

        assertFalse(result.isFailed(), () -> String.join("\n", result.getMessages()));
    }

    @Test
    void shouldLintCleanWithTheProductionValues() {
        LintResult result = FieldlineChart.lint(FieldlineChart.PRODUCTION_VALUES);

        assertFalse(result.isFailed(), () -> String.join("\n", result.getMessages()));
    }

    @Test
    void shouldFailLintWithValuesTheSchemaRefuses() {
        LintResult result = FieldlineChart.lint(Path.of("src/test/resources/bad-values/latest-tag.yaml"));

        assertTrue(result.isFailed());
        assertTrue(String.join("\n", result.getMessages()).contains("/gateway/image/tag"), () -> String.join("\n", result.getMessages()));
    }
}
