package io.fieldline.platform.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Reads a JSON request body into its Java type with the strict mapper, and when it cannot, names every problem of the
 * body in one 422 (ARCHITECTURE.md, "API conventions per surface"): each unknown field, each value of the wrong type and
 * each broken Bean Validation rule, by its path with element indexes ({@code phone_numbers[0].number}). A body that is
 * not JSON at all, or has a duplicate key, is a 400 as before. At most {@link #MOST_PROBLEMS} binding problems are named.
 */
public final class JsonRequestBodies {

    /** Bounds the work spent on a body full of problems: each one named costs a fresh binding of the body. */
    static final int MOST_PROBLEMS = 50;

    private final ObjectMapper strict;
    private final Validator validator;

    public JsonRequestBodies(ObjectMapper strict, Validator validator) {
        this.strict = strict;
        this.validator = validator;
    }

    /** The Jackson type of a resource method's body parameter. */
    public JavaType type(java.lang.reflect.Type type) {
        return strict.getTypeFactory().constructType(type);
    }

    /**
     * The body bound to {@code type}; {@code null} for an empty body, as the framework's own reader answers.
     *
     * @throws ApiException 400 for a body that is not JSON, 422 naming every field of a body that does not bind
     */
    public Object read(byte[] body, JavaType type) {
        if (body.length == 0) {
            return null;
        }
        // RFC 8259 §8.1: JSON is exchanged as UTF-8; the parser would decode an overlong form as another character
        if (!StrictUtf8.isValid(body)) {
            throw ApiException.badRequest(RequestBodyProblems.NOT_UTF8);
        }
        try {
            return strict.readerFor(type).readValue(body);
        } catch (JsonMappingException wrong) {
            throw RequestBodyProblems.unreadable(wrong).isPresent() || RequestBodyProblems.trailing(wrong)
                    ? RequestBodyProblems.of(wrong) : everyProblem(body, type, wrong);
        } catch (JsonProcessingException unreadable) {
            throw RequestBodyProblems.of(unreadable);
        } catch (IOException unreadable) {
            throw ApiException.badRequest("Request body cannot be read");
        }
    }

    /**
     * Names {@code first} and every later problem: each named value is taken out of the body and the rest bound again,
     * until it binds; then what is left is validated, leaving out rules of the values already named.
     */
    private ApiException everyProblem(byte[] body, JavaType type, JsonMappingException first) {
        JsonNode tree;
        try {
            tree = strict.readTree(body);
        } catch (IOException unreadable) {
            return unreadable instanceof JsonProcessingException json ? RequestBodyProblems.of(json)
                    : ApiException.badRequest("Request body cannot be read");
        }
        Map<String, List<String>> problems = new TreeMap<>();
        JsonMappingException problem = first;
        Object rest = null;
        for (int attempt = 0; attempt < MOST_PROBLEMS * 2; attempt++) {
            if (RequestBodyProblems.unreadable(problem).isPresent()) {
                return RequestBodyProblems.of(problem);
            }
            String field = RequestBodyProblems.field(problem);
            // a value refused again after being taken out (a null element where none may be) is not a second problem
            if (!problems.containsKey(field)) {
                problems.put(field, new ArrayList<>(List.of(RequestBodyProblems.problemOf(problem))));
            }
            if (problems.size() >= MOST_PROBLEMS || !takeOut(tree, problem.getPath())) {
                break;
            }
            try {
                rest = strict.readerFor(type).readValue(tree);
                break;
            } catch (JsonMappingException next) {
                problem = next;
            } catch (IOException unexpected) {
                break;
            }
        }
        if (rest != null) {
            brokenRules(rest).forEach((field, broken) -> {
                if (problems.keySet().stream().noneMatch(named -> within(field, named))) {
                    problems.computeIfAbsent(field, f -> new ArrayList<>()).addAll(broken);
                }
            });
        }
        FieldErrors errors = new FieldErrors();
        problems.forEach((field, list) -> list.forEach(message -> errors.add(field, message)));
        return errors.exception();
    }

    /** The Bean Validation rules {@code value} breaks by field; each element of a list body by its index. */
    private Map<String, List<String>> brokenRules(Object value) {
        Map<String, List<String>> broken = new TreeMap<>();
        if (value instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                String prefix = "[" + index++ + "]";
                if (element != null) {
                    add(broken, validator.validate(element), field -> prefix + (RequestBodyProblems.BODY.equals(field)
                            ? "" : "." + field));
                }
            }
        } else {
            add(broken, validator.validate(value), field -> field);
        }
        return broken;
    }

    private static void add(Map<String, List<String>> broken, Set<? extends ConstraintViolation<?>> violations,
                            UnaryOperator<String> naming) {
        violations.forEach(violation -> broken.computeIfAbsent(
                        naming.apply(RequestBodyProblems.field(violation.getPropertyPath())), f -> new ArrayList<>())
                .add(violation.getMessage()));
        broken.values().forEach(list -> list.sort(null));
    }

    /** Whether {@code field} is {@code named} or lies inside it. */
    private static boolean within(String field, String named) {
        return field.equals(named) || named.equals(RequestBodyProblems.BODY)
                || field.startsWith(named + ".") || field.startsWith(named + "[");
    }

    /**
     * Takes the value at {@code path} out of the body: a field is removed, an element is set to null so later indexes
     * keep their meaning, and an element refused as null takes out the list holding it.
     *
     * @return false when nothing could be taken out, as for a body whose root is of the wrong type
     */
    static boolean takeOut(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference step : path.subList(0, path.size() - 1)) {
            parent = step.getFieldName() != null ? parent.get(step.getFieldName()) : parent.get(step.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode object) {
            return object.remove(last.getFieldName()) != null;
        }
        if (last.getFieldName() == null && parent instanceof ArrayNode array && last.getIndex() >= 0
                && last.getIndex() < array.size()) {
            if (array.get(last.getIndex()).isNull()) {
                return takeOut(root, path.subList(0, path.size() - 1));
            }
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
