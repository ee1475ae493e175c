package io.fieldline.identity.account.service;

import io.fieldline.identity.account.rest.UpdateAccountRequest;
import io.fieldline.platform.validation.Patch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A change of an account: a new name, and whether it is disabled; an absent field stays as it is. */
public record AccountChanges(Optional<String> name, Optional<Boolean> disabled) {

    /** From a body Bean Validation has checked. */
    public static AccountChanges of(UpdateAccountRequest request) {
        return new AccountChanges(Patch.value(request.name()).map(String::strip), Patch.value(request.disabled()));
    }

    /** Whether the body named no field to change ({@code {}}): the account stays as it is, unaudited. */
    boolean isEmpty() {
        return name.isEmpty() && disabled.isEmpty();
    }

    /** The changes as the audit entry records them. */
    Map<String, Object> audited() {
        Map<String, Object> changes = new LinkedHashMap<>();
        name.ifPresent(value -> changes.put("name", value));
        disabled.ifPresent(value -> changes.put("disabled", value));
        return changes;
    }
}
