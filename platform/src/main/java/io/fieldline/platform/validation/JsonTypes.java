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
