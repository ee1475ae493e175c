package io.fieldline.platform.validation;

import org.openapitools.jackson.nullable.JsonNullable;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The one way a PATCH body changes what is stored: a field the body leaves out stays as it is; a field it names is set
 * to its value, {@code null} included (Bean Validation on the body's {@code JsonNullable<...>} decides which fields may
 * be cleared).
 */
public final class Patch {

    private Patch() {
    }

    /**
     * Sets {@code current} to the requested value, normalized, when the body names the field and the value differs;
     * returns whether it changed.
     */
    public static <T> boolean apply(JsonNullable<T> requested, UnaryOperator<T> normalize, T current, Consumer<T> set) {
        if (!given(requested)) {
            return false;
        }
        T value = requested.get() == null ? null : normalize.apply(requested.get());
        if (Objects.equals(value, current)) {
            return false;
        }
        set.accept(value);
        return true;
    }

    /** {@link #apply(JsonNullable, UnaryOperator, Object, Consumer)} for a value taken as sent. */
    public static <T> boolean apply(JsonNullable<T> requested, T current, Consumer<T> set) {
        return apply(requested, UnaryOperator.identity(), current, set);
    }

    /** The requested value when the body names the field with a value; empty when it leaves it out or sends null. */
    public static <T> Optional<T> value(JsonNullable<T> requested) {
        return given(requested) ? Optional.ofNullable(requested.get()) : Optional.empty();
    }

    /** Whether the body names the field, with a value or {@code null}. */
    public static boolean given(JsonNullable<?> requested) {
        return requested != null && requested.isPresent();
    }
}
