package io.fieldline.identity.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.URLDecoder;
import java.util.Optional;

/** The client id and secret a request authenticates with: from HTTP Basic or from the body, never both. */
public record ClientCredentials(String clientId, String clientSecret) {

    /**
     * The credentials of a request that must authenticate its client; none, or an id without a secret, is a failed
     * client authentication ({@code invalid_client}, RFC 6749 §5.2 "no client authentication included", RFC 7009
     * §2.2.1, RFC 7662 §2.3).
     */
    static ClientCredentials required(String clientId, String clientSecret, String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (clientSecret != null) {
                throw OAuthErrors.invalidRequest("Authenticate the client with one method only, not Basic and body both");
            }
            return fromBasic(authorization.substring(6).trim());
        }
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isEmpty()) {
            throw OAuthErrors.invalidClient("Client authentication is required: send client_id and client_secret, "
                    + "or HTTP Basic");
        }
        return new ClientCredentials(clientId, clientSecret);
    }

    /**
     * Whatever the client sent about itself, for a request that may come without client authentication (a refresh):
     * nothing, an id alone, or id and secret.
     */
    static Optional<ClientCredentials> optional(TokenRequest request, String authorization) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (!basic && (request.clientId() == null || request.clientId().isBlank())) {
            return Optional.empty();
        }
        return Optional.of(basic || request.clientSecret() != null
                ? required(request.clientId(), request.clientSecret(), authorization)
                : new ClientCredentials(request.clientId(), null));
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
        try {
            return new ClientCredentials(
                    OAuthParameters.checked("client_id", URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8)),
                    OAuthParameters.checked("client_secret", URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException badEscape) {
            throw OAuthErrors.invalidClient();
        }
    }
}
