package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns what is wrong with a request body into the answer that names it: JSON that cannot be read at all, or a
 * duplicate key, is a 400; a well-formed body with an unknown field, a value of the wrong type, unacceptable text or a
 * broken rule is a 422 naming each field (ARCHITECTURE.md, "API conventions per surface").
 */
public final class RequestBodyProblems {

    /** The field name given to a problem with the body as a whole (absent, or not an object). */
    public static final String BODY = "body";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private RequestBodyProblems() {
    }

    /** The answer to a body Jackson could not bind. */
    public static ApiException of(JsonProcessingException problem) {
        // an element of a list body carries what the parser refused (a duplicate key) wrapped with the element's path
        if (problem instanceof JsonMappingException && problem.getCause() instanceof StreamReadException unreadable
                && unreadable.getOriginalMessage() != null && DUPLICATE.matcher(unreadable.getOriginalMessage()).find()) {
            return of(unreadable);
        }
        if (problem instanceof StreamReadException && problem.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(problem.getOriginalMessage());
            if (duplicate.find()) {
                return new ApiException(400, "bad_request", "Request body has the field " + duplicate.group(1)
                        + " more than once", Map.of(duplicate.group(1), List.of("is given more than once")));
            }
        }
        if (problem instanceof StreamConstraintsException) {
            return ApiException.badRequest("Request body holds a value beyond the limits of a request, such as a number "
                    + "of more than " + StrictRequestJson.MAX_NUMBER_DIGITS + " digits");
        }
        if (!(problem instanceof JsonMappingException mapping) || problem instanceof StreamReadException) {
            return ApiException.badRequest("Request body is not valid JSON");
        }
        String field = field(mapping);
        FieldErrors errors = new FieldErrors();
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            errors.add(field, "is not a field here; allowed: " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } else if (mapping instanceof UnacceptableValueException unacceptable) {
            errors.add(field, unacceptable.problem());
        } else if (mapping.getCause() instanceof InputCoercionException outOfRange && outOfRange.getTargetType() != null) {
            errors.add(field, JsonTypes.range(outOfRange.getTargetType()));
        } else if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            errors.add(field, JsonTypes.expectation(mismatch.getTargetType()));
        } else {
            errors.add(field, "has a value that cannot be read");
        }
        return errors.exception();
    }

    /** The 422 naming every field that breaks a Bean Validation rule, in the field order of the body. */
    public static ApiException of(Set<? extends ConstraintViolation<?>> violations) {
        FieldErrors errors = new FieldErrors();
        violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> violation) -> field(violation.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(violation -> errors.add(field(violation.getPropertyPath()), violation.getMessage()));
        return errors.exception();
    }

    /** The JSON field a path of Jackson references names, indexes left out: {@code roles} for {@code roles[1]}. */
    private static String field(JsonMappingException mapping) {
        String field = mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).collect(Collectors.joining("."));
        return field.isEmpty() ? BODY : field;
    }

    /** The JSON field a violation's property path names, past the method and its parameter. */
    static String field(Path path) {
        String field = StreamSupport.stream(path.spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY)
                .map(Path.Node::getName)
                .collect(Collectors.joining("."));
        return field.isEmpty() ? BODY : field;
    }
}
