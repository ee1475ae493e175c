package io.fieldline.identity.client.service;

import io.fieldline.identity.client.rest.UpdateClientRequest;
import io.fieldline.platform.validation.Patch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A change of a client: its scopes, grant types and whether it is disabled; an absent field stays as it is. */
public record ClientChanges(Optional<List<String>> scopes, Optional<List<String>> grantTypes, Optional<Boolean> disabled) {

    /** From a body Bean Validation has checked; a word given twice counts once. */
    public static ClientChanges of(UpdateClientRequest request) {
        return new ClientChanges(Patch.value(request.scopes()).map(words -> words.stream().distinct().toList()),
                Patch.value(request.grantTypes()).map(words -> words.stream().distinct().toList()),
                Patch.value(request.disabled()));
    }

    boolean isEmpty() {
        return scopes.isEmpty() && grantTypes.isEmpty() && disabled.isEmpty();
    }

    /** The changes as the audit entry records them. */
    Map<String, Object> audited() {
        Map<String, Object> changes = new LinkedHashMap<>();
        scopes.ifPresent(value -> changes.put("scopes", value));
        grantTypes.ifPresent(value -> changes.put("grant_types", value));
        disabled.ifPresent(value -> changes.put("disabled", value));
        return changes;
    }
}
