package io.fieldline.platform.errors;

import io.fieldline.surfaces.ApiSurface;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what is wrong with each field of a request, so one response names every problem at once. */
public final class FieldErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String problem) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** Throws a 422 naming every field and its problems, if there are any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw exception();
        }
    }

    /** The 422 naming every field and its problems; there must be at least one. */
    public ApiException exception() {
        StringBuilder message = new StringBuilder(ApiSurface.VALIDATION_FAILED);
        errors.forEach((field, problems) -> message.append(field).append(' ').append(String.join(", ", problems)).append("; "));
        message.setLength(message.length() - 2);
        return new ApiException(422, "validation_failed", message.toString(), errors);
    }
}
