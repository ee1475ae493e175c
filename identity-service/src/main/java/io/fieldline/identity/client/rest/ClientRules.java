package io.fieldline.identity.client.rest;

/** The rules of a client's fields, shared by create and update, in the words of their error messages. */
final class ClientRules {

    static final String GRANT_TYPES_EMPTY =
            "must be a non-empty list of grant types: client_credentials, password, refresh_token";
    static final int MIN_OPERATOR_SECRET = 32;
    static final int MAX_SECRET = 512;
    static final String SECRET_RULE = "must be a non-blank string of at most " + MAX_SECRET + " characters";
    static final String SECRET_TOO_SHORT = "must be at least " + MIN_OPERATOR_SECRET + " characters";

    private ClientRules() {
    }
}
