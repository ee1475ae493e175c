package io.fieldline.platform.validation;

import jakarta.validation.valueextraction.ExtractedValue;
import jakarta.validation.valueextraction.ValueExtractor;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Hands Bean Validation the value inside a {@link JsonNullable} that a body named, {@code null} included; a field the
 * body left out has no value to check. (The library ships one too, but Quarkus finds extractors in its own index.)
 */
public class JsonNullableValues implements ValueExtractor<JsonNullable<@ExtractedValue ?>> {

    @Override
    public void extractValues(JsonNullable<?> original, ValueReceiver receiver) {
        if (original != null && original.isPresent()) {
            receiver.value(null, original.get());
        }
    }
}
