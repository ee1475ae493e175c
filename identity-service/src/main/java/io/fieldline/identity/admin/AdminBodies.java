package io.fieldline.identity.admin;

import io.fieldline.platform.errors.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads admin request bodies field by field, so every wrong or unknown field is named in one 422. */
public final class AdminBodies {

    private AdminBodies() {
    }

    public static Map<String, Object> orEmpty(Map<String, Object> body) {
        return body == null ? Map.of() : body;
    }

    public static void onlyKnownFields(Map<String, Object> body, Set<String> known, FieldErrors errors) {
        body.keySet().stream().filter(field -> !known.contains(field)).sorted()
                .forEach(field -> errors.add(field, "is not a field here; allowed: " + String.join(", ", known.stream().sorted().toList())));
    }

    public static Optional<String> text(Map<String, Object> body, String field, int maxLength, FieldErrors errors) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank() || text.length() > maxLength) {
            errors.add(field, "must be a non-blank string of at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    public static Optional<Boolean> bool(Map<String, Object> body, String field, FieldErrors errors) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            errors.add(field, "must be true or false");
            return Optional.empty();
        }
        return Optional.of(flag);
    }

    /** A list of words from {@code allowed}; absent is empty, anything else is named in {@code errors}. */
    public static Optional<List<String>> words(Map<String, Object> body, String field, Set<String> allowed, String what,
                                        FieldErrors errors) {
        Object value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(String.class::isInstance)) {
            errors.add(field, "must be a non-empty list of " + what + "s: " + String.join(", ", allowed.stream().sorted().toList()));
            return Optional.empty();
        }
        List<String> words = list.stream().map(String.class::cast).distinct().toList();
        words.stream().filter(word -> !allowed.contains(word))
                .forEach(word -> errors.add(field, "has unknown " + what + " \"" + word + "\""));
        return Optional.of(words);
    }
}
