package io.fieldline.identity.client.service;

import io.fieldline.identity.admin.AdminBodies;
import io.fieldline.platform.errors.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A change of a client: its scopes, grant types and whether it is disabled; an absent field stays as it is.
 * {@code fields} are the changes as given, for the audit entry.
 */
public record ClientChanges(Optional<List<String>> scopes, Optional<List<String>> grantTypes, Optional<Boolean> disabled,
                            Map<String, Object> fields) {

    /**
     * Reads a {@code PATCH /admin/clients/:client_id} body; every wrong or unknown field is named in one 422, and so is
     * any change of the bootstrap client, which follows configuration.
     */
    public static ClientChanges read(Map<String, Object> body, Set<String> knownScopes, boolean bootstrapClient) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("scopes", "grant_types", "disabled"), errors);
        Optional<List<String>> scopes = AdminBodies.words(fields, "scopes", knownScopes, "scope", errors);
        Optional<List<String>> grantTypes = AdminBodies.words(fields, "grant_types", NewClient.GRANT_TYPES, "grant type", errors);
        Optional<Boolean> disabled = AdminBodies.bool(fields, "disabled", errors);
        if (bootstrapClient && !fields.isEmpty()) {
            errors.add("client_id", "is the bootstrap client, which follows configuration (fieldline.bootstrap.*); "
                    + "change it there");
        }
        errors.throwIfAny();
        return new ClientChanges(scopes, grantTypes, disabled, fields);
    }
}
