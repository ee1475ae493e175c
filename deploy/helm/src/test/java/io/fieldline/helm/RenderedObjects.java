package io.fieldline.helm;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Kubernetes objects {@code helm template} rendered, parsed into fabric8's model. */
record RenderedObjects(List<HasMetadata> all) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Parses a multi-document YAML stream; empty documents (a template that rendered nothing) are skipped. */
    static RenderedObjects parse(String yaml) {
        return new RenderedObjects(Arrays.stream(yaml.split("(?m)^---\\s*$"))
                .filter(document -> document.lines().anyMatch(line -> !line.isBlank() && !line.startsWith("#")))
                .map(document -> SERIALIZATION.unmarshal(document, HasMetadata.class))
                .toList());
    }

    /** Every object of {@code kind}. */
    <T extends HasMetadata> List<T> ofKind(Class<T> kind) {
        return all.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The object of {@code kind} named {@code name}, if rendered. */
    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return ofKind(kind).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst();
    }

    /** The object of {@code kind} named {@code name}; fails when it was not rendered. */
    <T extends HasMetadata> T get(Class<T> kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(kind.getSimpleName() + " " + name + " was not rendered"));
    }
}
