package io.fieldline.identity.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.URLDecoder;

/** The client id and secret a token request authenticates with: from HTTP Basic or from the body, never both. */
record ClientCredentials(String clientId, String clientSecret) {

    static ClientCredentials of(TokenRequest request, String authorization) {
        boolean inBody = request.clientId() != null || request.clientSecret() != null;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (inBody && request.clientSecret() != null) {
                throw OAuthErrors.invalidRequest("Authenticate the client with one method only, not Basic and body both");
            }
            return fromBasic(authorization.substring(6).trim());
        }
        if (request.clientId() == null || request.clientId().isBlank()) {
            throw OAuthErrors.invalidRequest("client_id is required");
        }
        if (request.clientSecret() == null || request.clientSecret().isEmpty()) {
            throw OAuthErrors.invalidRequest("client_secret is required");
        }
        return new ClientCredentials(request.clientId(), request.clientSecret());
    }

    /** RFC 6749 section 2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded. */
    private static ClientCredentials fromBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw OAuthErrors.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw OAuthErrors.invalidClient();
        }
        return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
    }
}
