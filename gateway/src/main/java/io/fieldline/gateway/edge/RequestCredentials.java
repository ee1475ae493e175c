package io.fieldline.gateway.edge;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.CredentialScheme;
import io.vertx.core.http.HttpServerRequest;

import java.util.List;
import java.util.Optional;

/**
 * The credential a public request sends, read from its headers: a bearer token (RFC 6750 §2.1), an integration key as
 * {@code Authorization: INTEGRATION-KEY <key>} (seed: technician management API) or {@code X-Auth-Token} (seed: users
 * bulk API), and whether it sends more than one.
 */
final class RequestCredentials {

    static final String X_AUTH_TOKEN = "X-Auth-Token";
    private static final String BEARER = "Bearer ";
    private static final String INTEGRATION_KEY = "INTEGRATION-KEY ";

    private RequestCredentials() {
    }

    /**
     * Why the request's credential is not one: an {@code Authorization} or {@code X-Auth-Token} header given twice, or
     * both given (RFC 6750 §2: one way of sending a credential per request). Empty when it is one.
     */
    static Optional<String> ambiguity(HttpServerRequest request) {
        for (String header : List.of("Authorization", X_AUTH_TOKEN)) {
            if (request.headers().getAll(header).size() > 1) {
                return Optional.of("The " + header + " header is given more than once");
            }
        }
        return request.headers().contains("Authorization") && request.headers().contains(X_AUTH_TOKEN)
                ? Optional.of("Send one credential: Authorization or X-Auth-Token, not both") : Optional.empty();
    }

    static Optional<String> bearerToken(HttpServerRequest request) {
        return credential(request.getHeader("Authorization"), BEARER);
    }

    /**
     * The seeds' two ways to send an integration key: an Authorization scheme of its own, and X-Auth-Token, which
     * counts only when no Authorization header is sent.
     */
    static Optional<String> integrationKey(HttpServerRequest request, ApiSurface surface) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return surface.credentials().contains(CredentialScheme.INTEGRATION_KEY)
                    ? credential(authorization, INTEGRATION_KEY) : Optional.empty();
        }
        if (!surface.credentials().contains(CredentialScheme.X_AUTH_TOKEN)) {
            return Optional.empty();
        }
        String header = request.getHeader(X_AUTH_TOKEN);
        return header == null || header.isBlank() ? Optional.empty() : Optional.of(header.trim());
    }

    private static Optional<String> credential(String authorization, String scheme) {
        if (authorization == null || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return Optional.empty();
        }
        String value = authorization.substring(scheme.length()).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
