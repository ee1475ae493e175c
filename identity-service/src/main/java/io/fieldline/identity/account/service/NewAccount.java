package io.fieldline.identity.account.service;

import io.fieldline.identity.account.rest.CreateAccountRequest;

/** A new account: its name, trimmed. */
public record NewAccount(String name) {

    /** From a body Bean Validation has checked. */
    public static NewAccount of(CreateAccountRequest request) {
        return new NewAccount(request.name().strip());
    }
}
