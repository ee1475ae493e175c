package io.fieldline.job.appointment.rest;

import io.fieldline.job.appointment.AppointmentTimes;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Text that must be an ISO-8601 timestamp with a zone ({@link AppointmentTimes}); null passes. A Bean Validation rule
 * rather than a typed field, so that a malformed time is named with the body's other problems, in words a client
 * understands.
 */
@Documented
@Constraint(validatedBy = IsoTimestampValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoTimestamp {

    String message() default AppointmentTimes.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
