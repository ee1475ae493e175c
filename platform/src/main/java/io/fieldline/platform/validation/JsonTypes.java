package io.fieldline.platform.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What a JSON value of a Java type must look like, in the words of an error message. */
final class JsonTypes {

    private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
            short.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(Double.class, double.class, Float.class, float.class,
            BigDecimal.class);

    private JsonTypes() {
    }

    /** What a number too large for an integer field of {@code type} must be instead. */
    static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Short.class || type == short.class) {
            return "must be an integer from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "must be an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "is out of range for this field";
    }

    static String expectation(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (INTEGERS.contains(type)) {
            return "must be an integer";
        }
        if (NUMBERS.contains(type)) {
            return "must be a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (type.isEnum()) {
            return "must be one of its allowed values";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
