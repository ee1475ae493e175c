package io.fieldline.platform.list;

import io.fieldline.platform.errors.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what is wrong with each query parameter, so one 400 names every one (ARCHITECTURE.md: a bad query
 * parameter is 400 on every surface, a bad body 422).
 */
public final class ParameterErrors {

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public ParameterErrors add(String parameter, String problem) {
        errors.computeIfAbsent(parameter, p -> new ArrayList<>()).add(problem);
        return this;
    }

    /** Throws a 400 {@code bad_request} naming every parameter and its problems, if there are any. */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Invalid query parameters: ");
        errors.forEach((parameter, problems) ->
                message.append(parameter).append(' ').append(String.join(", ", problems)).append("; "));
        message.setLength(message.length() - 2);
        throw new ApiException(400, "bad_request", message.toString(), errors);
    }
}
