package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Reads floating-point fields and refuses a number too large for them ({@code 1e400}), which would otherwise become
 * Infinity: RFC 8259 §6 has no such value, PostgreSQL would store it, and the answer would show it as a string.
 */
final class FiniteNumberDeserializers {

    private static final String NOT_FINITE = "must be a finite number";

    private FiniteNumberDeserializers() {
    }

    /** The deserializers of {@code double}, {@code Double}, {@code float} and {@code Float}. */
    static SimpleModule module() {
        return new SimpleModule("fieldline-finite-numbers")
                .addDeserializer(Double.class, new FiniteDouble(Double.class, null))
                .addDeserializer(double.class, new FiniteDouble(double.class, 0.0))
                .addDeserializer(Float.class, new FiniteFloat(Float.class, null))
                .addDeserializer(float.class, new FiniteFloat(float.class, 0.0f));
    }

    private static final class FiniteDouble extends NumberDeserializers.DoubleDeserializer {

        FiniteDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw new UnacceptableValueException(parser, NOT_FINITE);
            }
            return value;
        }
    }

    private static final class FiniteFloat extends NumberDeserializers.FloatDeserializer {

        FiniteFloat(Class<Float> type, Float empty) {
            super(type, empty);
        }

        @Override
        public Float deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Float value = super.deserialize(parser, context);
            if (value != null && !Float.isFinite(value)) {
                throw new UnacceptableValueException(parser, NOT_FINITE);
            }
            return value;
        }
    }
}
