package io.fieldline.platform.list;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The decoded query parameters of a request, read one value per name. */
record QueryParameters(Map<String, List<String>> values) {

    /**
     * The one value of {@code name}, or empty when absent; a repeated parameter or an empty value ({@code limit=}) is
     * named in {@code errors}, never taken as absent.
     */
    Optional<String> single(String name, ParameterErrors errors) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.size() > 1) {
            errors.add(name, "is given more than once");
            return Optional.empty();
        }
        if (given.size() == 1 && given.get(0).isEmpty()) {
            errors.add(name, "must not be empty");
            return Optional.empty();
        }
        return given.stream().findFirst();
    }

    /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent; otherwise named in errors. */
    long number(String name, long fallback, long min, long max, ParameterErrors errors) {
        Optional<String> raw = single(name, errors);
        if (raw.isEmpty()) {
            return fallback;
        }
        if (raw.get().matches("[0-9]{1,18}")) {
            long value = Long.parseLong(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        }
        errors.add(name, max == Long.MAX_VALUE ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max);
        return fallback;
    }
}
