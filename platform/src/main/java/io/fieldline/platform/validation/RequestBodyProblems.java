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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what is wrong with a request body into the answer that names it: JSON that cannot be read at all, or a
 * duplicate key, is a 400; a well-formed body with an unknown field, a value of the wrong type, unacceptable text or a
 * broken rule is a 422 naming each field (ARCHITECTURE.md, "API conventions per surface").
 */
public final class RequestBodyProblems {

    /** The field name given to a problem with the body as a whole (absent, or not an object). */
    public static final String BODY = "body";
    static final String NOT_UTF8 = "Request body is not valid JSON: it holds bytes that are not UTF-8";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private RequestBodyProblems() {
    }

    /** The answer to a body Jackson could not bind. */
    public static ApiException of(JsonProcessingException problem) {
        Optional<StreamReadException> unreadable = unreadable(problem);
        if (unreadable.isPresent()) {
            return unreadable(unreadable.get());
        }
        if (problem instanceof StreamConstraintsException beyond) {
            return ApiException.badRequest(String.valueOf(beyond.getOriginalMessage()).contains("nesting")
                    ? "Request body nests objects and arrays deeper than a request may"
                    : "Request body holds a number of more than " + StrictRequestJson.MAX_NUMBER_DIGITS + " digits");
        }
        if (trailing(problem)) {
            return ApiException.badRequest("Request body is not valid JSON: it holds more than one value");
        }
        if (!(problem instanceof JsonMappingException mapping)) {
            return ApiException.badRequest("Request body is not valid JSON");
        }
        return new FieldErrors().add(field(mapping), problemOf(mapping)).exception();
    }

    /**
     * What the parser refused in a body, if that is why it could not be bound: malformed JSON, bytes that are not UTF-8,
     * a duplicate key. An element of a list body, or a string field, carries it wrapped with the path of the value.
     * A number out of range for its field is a problem of the field, not of the body.
     */
    static Optional<StreamReadException> unreadable(JsonProcessingException problem) {
        Throwable cause = problem instanceof StreamReadException ? problem : problem.getCause();
        return cause instanceof StreamReadException parser && !(cause instanceof InputCoercionException)
                ? Optional.of(parser) : Optional.empty();
    }

    /** Whether the body holds more than one JSON value ({@code {} {}}), which makes it no JSON text at all. */
    static boolean trailing(JsonProcessingException problem) {
        return problem instanceof MismatchedInputException mismatch
                && String.valueOf(mismatch.getOriginalMessage()).startsWith("Trailing token");
    }

    private static ApiException unreadable(StreamReadException problem) {
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(problem.getOriginalMessage()));
        if (duplicate.find()) {
            return new ApiException(400, "bad_request", "Request body has the field " + duplicate.group(1)
                    + " more than once", Map.of(duplicate.group(1), List.of("is given more than once")));
        }
        if (String.valueOf(problem.getOriginalMessage()).startsWith("Invalid UTF-8")) {
            return ApiException.badRequest(NOT_UTF8);
        }
        return ApiException.badRequest("Request body is not valid JSON");
    }

    /** What is wrong with the value a binding problem points at, in the words of a field error. */
    static String problemOf(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "is not a field here; allowed: " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (mapping instanceof UnacceptableValueException unacceptable) {
            return unacceptable.problem();
        }
        if (mapping.getCause() instanceof InputCoercionException outOfRange && outOfRange.getTargetType() != null) {
            return JsonTypes.range(outOfRange.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return JsonTypes.expectation(mismatch.getTargetType());
        }
        return "has a value that cannot be read";
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

    /** The JSON field a path of Jackson references names, with the index of each element: {@code roles[1]}. */
    static String field(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }

    /**
     * The JSON field a violation's property path names, past the method and its parameter, with the index of each
     * element: {@code phone_numbers[0].number}, or {@code [3].email} in the fourth element of a list body.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            // a node in a list carries the index of the element holding it, which follows the node before it
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getKey());
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }
}
