package io.fieldline.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart in {@code deploy/helm/fieldline}, linted and rendered by Helm's own code (helm-java) as {@code helm lint}
 * and {@code helm template} would, for its default values or with values files laid over them.
 */
final class FieldlineChart {

    static final Path DIRECTORY = Path.of("fieldline").toAbsolutePath();
    static final Path PRODUCTION_VALUES = DIRECTORY.resolve("values-production.yaml");
    static final String RELEASE = "fieldline";
    static final String NAMESPACE = "fieldline";
    /** The oldest Kubernetes the chart supports (Chart.yaml's kubeVersion); helm-java renders for 1.20 unless told. */
    static final String KUBERNETES_VERSION = "1.25.0";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FieldlineChart() {
    }

    /** {@code helm template} with {@code valuesFiles} over the defaults: every rendered object. */
    static RenderedObjects render(Path... valuesFiles) {
        return RenderedObjects.parse(template(valuesFiles));
    }

    /** {@code helm template} with {@code valuesFiles} over the defaults; a values file the schema refuses throws. */
    static String template(Path... valuesFiles) {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withKubeVersion(KUBERNETES_VERSION);
        for (Path valuesFile : valuesFiles) {
            template = template.withValuesFile(valuesFile);
        }
        return template.call();
    }

    /**
     * {@code helm lint --strict} with {@code valuesFile} over the defaults (none: the defaults alone). helm-java's lint
     * takes no values file, so the chart is linted from a copy whose values.yaml holds both, merged as Helm merges them.
     */
    static LintResult lint(Path valuesFile) {
        if (valuesFile == null) {
            return new Helm(DIRECTORY).lint().strict().call();
        }
        Path copy = copyWithValues(valuesFile);
        try {
            return new Helm(copy).lint().strict().call();
        } finally {
            delete(copy);
        }
    }

    /** The default values with {@code valuesFile} laid over them. */
    static Map<String, Object> values(Path valuesFile) {
        Map<String, Object> values = read(DIRECTORY.resolve("values.yaml"));
        return valuesFile == null ? values : merge(values, read(valuesFile));
    }

    private static Path copyWithValues(Path valuesFile) {
        try {
            Path copy = Files.createTempDirectory("fieldline-chart").resolve("fieldline");
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, copy.resolve(DIRECTORY.relativize(file).toString()));
                }
            }
            YAML.writeValue(copy.resolve("values.yaml").toFile(), values(valuesFile));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) {
        try {
            Map<String, Object> values = YAML.readValue(file.toFile(), Map.class);
            return values == null ? new LinkedHashMap<>() : values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helm's coalescing: maps merge key by key, anything else (lists too) is replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        over.forEach((key, value) -> merged.merge(key, value, (old, replacement) ->
                old instanceof Map && replacement instanceof Map
                        ? merge((Map<String, Object>) old, (Map<String, Object>) replacement) : replacement));
        return merged;
    }

    private static void delete(Path copy) {
        try (Stream<Path> files = Files.walk(copy.getParent())) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
