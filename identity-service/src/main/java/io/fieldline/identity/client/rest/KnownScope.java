package io.fieldline.identity.client.rest;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A scope a client may be granted: one of the bootstrap client's configured scopes ({@code fieldline.bootstrap.scopes}),
 * refused in the words of {@code OneOf}. {@code null} is valid (use {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = KnownScopeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownScope {

    String message() default "has unknown scope \"{word}\": valid scopes are {allowed}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
