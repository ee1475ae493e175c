package io.fieldline.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone number in RFC 3966 global form ({@code +15551234567}, {@code tel:+1-555-123-4567}) that libphonenumber
 * finds possible (a known country code, a length its plan allows); store it as {@link PhoneNumbers#toE164}.
 * {@code null} is valid (use {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = PhoneNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhoneNumber {

    String message() default "must be a valid phone number in RFC 3966 global format, e.g. +15551234567";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
