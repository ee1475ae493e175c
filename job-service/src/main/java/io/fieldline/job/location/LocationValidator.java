package io.fieldline.job.location;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Map;

/** Checks {@link ValidLocation}: one violation per broken rule, on the field that breaks it. */
public class LocationValidator implements ConstraintValidator<ValidLocation, Location> {

    @Override
    public boolean isValid(Location location, ConstraintValidatorContext context) {
        if (location == null) {
            return true;
        }
        Map<String, String> problems = LocationRules.problems(location);
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        problems.forEach((field, problem) -> context.buildConstraintViolationWithTemplate(escape(problem))
                .addPropertyNode(field).addConstraintViolation());
        return false;
    }

    /** The problems quote what was sent; a brace or a dollar in it must not be read as a message expression. */
    private static String escape(String problem) {
        return problem.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
