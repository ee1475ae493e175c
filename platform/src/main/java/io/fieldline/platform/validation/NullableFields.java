package io.fieldline.platform.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableModule;

/**
 * PATCH bodies tell an absent field from an explicit {@code null} with {@link JsonNullable}: Jackson reads it, and
 * Bean Validation checks the value inside it ({@code JsonNullable<@Size(max = 100) String>}) through
 * {@link JsonNullableValues}.
 */
@Singleton
public class NullableFields implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new JsonNullableModule());
    }
}
