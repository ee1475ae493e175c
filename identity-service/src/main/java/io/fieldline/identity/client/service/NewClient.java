package io.fieldline.identity.client.service;

import io.fieldline.identity.client.rest.CreateClientRequest;

import java.util.List;
import java.util.Optional;

/** A new client: the scopes and grant types it is granted and, if the operator chose it, its secret. */
public record NewClient(List<String> scopes, List<String> grantTypes, Optional<String> chosenSecret) {

    private static final List<String> DEFAULT_GRANT_TYPES = List.of("client_credentials", "refresh_token");

    /** From a body Bean Validation has checked; a word given twice counts once. */
    public static NewClient of(CreateClientRequest request) {
        return new NewClient(request.scopes().stream().distinct().toList(),
                request.grantTypes() == null ? DEFAULT_GRANT_TYPES : request.grantTypes().stream().distinct().toList(),
                Optional.ofNullable(request.clientSecret()).map(String::strip));
    }
}
