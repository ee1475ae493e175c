package io.fieldline.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PhoneNumber} with libphonenumber. */
public class PhoneNumberValidator implements ConstraintValidator<PhoneNumber, String> {

    @Override
    public boolean isValid(String number, ConstraintValidatorContext context) {
        return number == null || PhoneNumbers.parse(number).isPresent();
    }
}
