package io.fieldline.identity.integrationkey.service;

import io.fieldline.identity.integrationkey.rest.CreateIntegrationKeyRequest;

/** A new integration key: a name for operators to tell keys apart, "Integration key" unless given. */
public record NewIntegrationKey(String name) {

    private static final String DEFAULT_NAME = "Integration key";

    /** From a body Bean Validation has checked; no name takes the default name. */
    public static NewIntegrationKey of(CreateIntegrationKeyRequest request) {
        return new NewIntegrationKey(request.name() == null ? DEFAULT_NAME : request.name().strip());
    }
}
