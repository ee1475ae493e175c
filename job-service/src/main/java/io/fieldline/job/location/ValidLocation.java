package io.fieldline.job.location;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules of a {@link Location} that tie its fields together ({@link LocationRules}), each named by its field. */
@Documented
@Constraint(validatedBy = LocationValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidLocation {

    String message() default "is not a valid location";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
