package io.fieldline.identity.client.service;

import io.fieldline.identity.admin.AdminBodies;
import io.fieldline.platform.errors.FieldErrors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A new client: its scopes (one or more of the known ones), grant types (default {@code client_credentials} and
 * {@code refresh_token}) and, if the operator chooses it, a secret of at least {@value #MIN_OPERATOR_SECRET} characters.
 */
public record NewClient(List<String> scopes, List<String> grantTypes, Optional<String> chosenSecret) {

    static final Set<String> GRANT_TYPES = Set.of("client_credentials", "password", "refresh_token");
    private static final int MIN_OPERATOR_SECRET = 32;
    private static final int MAX_SECRET = 512;

    /** Reads a {@code POST /admin/accounts/:id/clients} body; every wrong or unknown field is named in one 422. */
    public static NewClient read(Map<String, Object> body, Set<String> knownScopes) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("scopes", "grant_types", "client_secret"), errors);
        Optional<List<String>> scopes = AdminBodies.words(fields, "scopes", knownScopes, "scope", errors);
        if (scopes.isEmpty() && !errors.has("scopes")) {
            errors.add("scopes", "is required: one or more of " + String.join(", ", knownScopes.stream().sorted().toList()));
        }
        List<String> grantTypes = AdminBodies.words(fields, "grant_types", GRANT_TYPES, "grant type", errors)
                .orElse(List.of("client_credentials", "refresh_token"));
        Optional<String> chosenSecret = AdminBodies.text(fields, "client_secret", MAX_SECRET, errors);
        if (chosenSecret.filter(secret -> secret.length() < MIN_OPERATOR_SECRET).isPresent()) {
            errors.add("client_secret", "must be at least " + MIN_OPERATOR_SECRET + " characters");
        }
        errors.throwIfAny();
        return new NewClient(scopes.get(), grantTypes, chosenSecret);
    }
}
