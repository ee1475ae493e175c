package io.fieldline.identity.account.service;

import io.fieldline.identity.admin.AdminBodies;
import io.fieldline.platform.errors.FieldErrors;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A change of an account: a new name, and whether it is disabled; an absent field stays as it is. */
public record AccountChanges(Optional<String> name, Optional<Boolean> disabled) {

    /** Reads a {@code PATCH /admin/accounts/:id} body; every wrong or unknown field is named in one 422. */
    public static AccountChanges read(Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("name", "disabled"), errors);
        Optional<String> name = AdminBodies.text(fields, "name", NewAccount.MAX_NAME, errors);
        Optional<Boolean> disabled = AdminBodies.bool(fields, "disabled", errors);
        errors.throwIfAny();
        return new AccountChanges(name, disabled);
    }

    /** The changes as the audit entry records them. */
    Map<String, Object> audited() {
        Map<String, Object> changes = new LinkedHashMap<>();
        name.ifPresent(value -> changes.put("name", value));
        disabled.ifPresent(value -> changes.put("disabled", value));
        return changes;
    }
}
