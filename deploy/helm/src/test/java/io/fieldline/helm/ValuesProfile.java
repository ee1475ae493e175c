package io.fieldline.helm;

import java.nio.file.Path;
import java.util.Map;

/** The values files kept in the chart that the tests render it with, each rendered once. */
enum ValuesProfile {

    DEFAULTS(null),
    PRODUCTION(FieldlineChart.PRODUCTION_VALUES);

    private final Path valuesFile;
    private RenderedObjects rendered;

    ValuesProfile(Path valuesFile) {
        this.valuesFile = valuesFile;
    }

    /** What {@code helm template} renders with these values. */
    synchronized RenderedObjects rendered() {
        if (rendered == null) {
            rendered = valuesFile == null ? FieldlineChart.render() : FieldlineChart.render(valuesFile);
        }
        return rendered;
    }

    /** The value Helm sees at a dotted path, e.g. {@code ingress.tlsSecret}: this file's over the defaults; null where none is set. */
    Object value(String path) {
        Object value = FieldlineChart.values(valuesFile);
        for (String key : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
        }
        return value;
    }
}
