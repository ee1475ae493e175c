package io.fieldline.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A word from a fixed list, such as a role or a status: anything else is refused as
 * {@code has unknown <what> "<value>": valid <what>s are "a" and "b"}. {@code null} is valid (use {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    /** The allowed words, in the order the message lists them. */
    String[] value();

    /** What one word is, for the message: "role", "status". */
    String what();

    String message() default "has unknown {what} \"{word}\": valid {what}s are {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
