package io.fieldline.identity.account.service;

import io.fieldline.identity.admin.AdminBodies;
import io.fieldline.platform.errors.FieldErrors;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A new account: its name, 1 to {@value #MAX_NAME} characters after trimming. */
public record NewAccount(String name) {

    public static final int MAX_NAME = 200;

    /** Reads a {@code POST /admin/accounts} body; every wrong or unknown field is named in one 422. */
    public static NewAccount read(Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("name"), errors);
        Optional<String> name = AdminBodies.text(fields, "name", MAX_NAME, errors);
        if (name.isEmpty() && !errors.has("name")) {
            errors.add("name", "is required: a string of at most " + MAX_NAME + " characters");
        }
        errors.throwIfAny();
        return new NewAccount(name.get());
    }
}
