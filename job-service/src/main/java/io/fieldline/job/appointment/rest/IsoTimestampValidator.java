package io.fieldline.job.appointment.rest;

import io.fieldline.job.appointment.AppointmentTimes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IsoTimestamp}. */
public class IsoTimestampValidator implements ConstraintValidator<IsoTimestamp, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || AppointmentTimes.parse(value).isPresent();
    }
}
