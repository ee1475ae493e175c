package io.fieldline.identity.integrationkey.service;

import io.fieldline.identity.admin.AdminBodies;
import io.fieldline.platform.errors.FieldErrors;

import java.util.Map;
import java.util.Set;

/** A new integration key: a name for operators to tell keys apart, "Integration key" unless given. */
public record NewIntegrationKey(String name) {

    private static final int MAX_NAME = 200;

    /** Reads a {@code POST /admin/clients/:client_id/integration-keys} body; a wrong or unknown field is a 422. */
    public static NewIntegrationKey read(Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("name"), errors);
        String name = AdminBodies.text(fields, "name", MAX_NAME, errors).orElse("Integration key");
        errors.throwIfAny();
        return new NewIntegrationKey(name);
    }
}
