package io.fieldline.identity.token;

import io.fieldline.platform.errors.ApiException;

/** The RFC 6749 section 5.2 errors of the token endpoint. */
final class OAuthErrors {

    private OAuthErrors() {
    }

    static ApiException invalidRequest(String description) {
        return new ApiException(400, "invalid_request", description);
    }

    static ApiException invalidClient() {
        return invalidClient("Client authentication failed");
    }

    static ApiException invalidClient(String description) {
        return new ApiException(401, "invalid_client", description);
    }

    static ApiException unsupportedGrantType(String grantType) {
        return new ApiException(400, "unsupported_grant_type", "Grant type '" + grantType + "' is not supported");
    }

    static ApiException unauthorizedClient(String grantType) {
        return new ApiException(400, "unauthorized_client", "This client may not use grant type '" + grantType + "'");
    }

    static ApiException invalidScope(String scope) {
        return new ApiException(400, "invalid_scope", "Scope '" + scope + "' is not granted to this client");
    }
}
