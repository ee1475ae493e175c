package io.fieldline.identity.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.fieldline.identity.client.OAuthClient;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What a client's own refresh token says of itself after its 256 random bits: its client, account and scope, so that
 * the next access token can be signed before the token's row is read, and the refresh done in one statement
 * ({@link ClientTokenRefresh}). Nothing here is secret, and nothing is trusted on its own: the statement refreshes only
 * if the row found by the whole value's hash says the same.
 */
record RefreshTokenClaims(String clientId, long accountId, String scope) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader LIST = JSON.readerForListOf(Object.class);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** A new refresh token value for the client's own tokens with this scope. */
    static String newValue(OAuthClient client, String scope) {
        try {
            byte[] claims = JSON.writeValueAsBytes(List.of(client.clientId, client.accountId, scope));
            return TokenPairIssuer.randomToken() + "." + BASE64URL.encodeToString(claims);
        } catch (Exception e) {
            throw new IllegalStateException("refresh token claims are not serializable", e);
        }
    }

    /** The claims of a value made by {@link #newValue}; empty for any other value, such as a user's refresh token. */
    static Optional<RefreshTokenClaims> of(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            List<Object> claims = LIST.readValue(Base64.getUrlDecoder().decode(value.substring(dot + 1)));
            return Optional.of(new RefreshTokenClaims((String) claims.get(0), ((Number) claims.get(1)).longValue(),
                    (String) claims.get(2)));
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }

    /** The client as the token names it, to sign for; its row id is the row's to tell. */
    OAuthClient client() {
        OAuthClient client = new OAuthClient();
        client.clientId = clientId;
        client.accountId = accountId;
        client.scopes = scope;
        return client;
    }
}
