package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON reader of every request body: the application's mapper, made strict. An unknown property, a duplicate key,
 * a value of the wrong JSON type (no coercion of {@code 123} to {@code "123"} or back), text holding U+0000 or a
 * lone surrogate, and a number too large for a floating-point field are all refused, each naming its field. A number too long or too large for its field reaches the field
 * to be refused by name, up to {@link #MAX_NUMBER_DIGITS} digits. Events keep the lenient application mapper, so a
 * consumer reads a newer producer's event.
 */
@Provider
@Singleton
public class StrictRequestJson implements ContextResolver<ObjectMapper> {

    /**
     * The longest number a body may hold. Jackson's default (1000) would stop a longer one in the parser, where no field
     * is known; past this bound the body is refused as a whole, which keeps reading a number into an untyped field cheap.
     */
    public static final int MAX_NUMBER_DIGITS = 100_000;

    private final ObjectMapper strict;

    public StrictRequestJson(ObjectMapper application) {
        this.strict = strict(application);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** A strict copy of {@code mapper}, for reading what clients send. */
    public static ObjectMapper strict(ObjectMapper mapper) {
        return strictShapes(mapper)
                .registerModule(new SimpleModule("fieldline-valid-text").addDeserializer(String.class, new ValidTextDeserializer()))
                .registerModule(FiniteNumberDeserializers.module());
    }

    /**
     * A copy of {@code mapper} strict about the shape of JSON only (keys, types), for a reader that checks its text
     * itself with {@link TextRule}, as the OAuth endpoints do to answer in their own errors.
     */
    public static ObjectMapper strictShapes(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        strict.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        strict.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_DIGITS).build());
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        refuse(strict, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
        refuse(strict, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float);
        return strict;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
