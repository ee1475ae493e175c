package io.fieldline.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Checks {@link OneOf}; the refused word goes into the message as a parameter, never interpolated as an expression. */
public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private List<String> allowed;
    private String listed;

    @Override
    public void initialize(OneOf constraint) {
        allowed = List.of(constraint.value());
        listed = Arrays.stream(constraint.value()).map(word -> "\"" + word + "\"")
                .collect(Collectors.collectingAndThen(Collectors.toList(), OneOfValidator::joinWithAnd));
    }

    @Override
    public boolean isValid(String word, ConstraintValidatorContext context) {
        if (word == null || allowed.contains(word)) {
            return true;
        }
        context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("word", word)
                .addMessageParameter("allowed", listed);
        return false;
    }

    private static String joinWithAnd(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
