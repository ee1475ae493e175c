package io.fieldline.identity.token;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.core.MultiMap;

/**
 * A request to {@code POST /v3/oauth/token}, whether sent as JSON (as the API document shows) or form-encoded (RFC
 * 6749). Unknown parameters are ignored (RFC 6749 §3.2); each known one follows {@link OAuthParameters}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        String scope,
        String username,
        String password,
        @JsonProperty("refresh_token") String refreshToken) {

    static TokenRequest fromForm(MultiMap form) {
        return new TokenRequest(single(form, "grant_type"), single(form, "client_id"), single(form, "client_secret"),
                single(form, "scope"), single(form, "username"), single(form, "password"),
                single(form, "refresh_token"));
    }

    /** This request, when each of its parameters can be stored as sent. */
    TokenRequest checked() {
        OAuthParameters.checked("client_id", clientId);
        OAuthParameters.checked("client_secret", clientSecret);
        OAuthParameters.checked("grant_type", grantType);
        OAuthParameters.checked("scope", scope);
        OAuthParameters.checked("username", username);
        OAuthParameters.checked("password", password);
        OAuthParameters.checked("refresh_token", refreshToken);
        return this;
    }

    private static String single(MultiMap form, String name) {
        return OAuthParameters.single(name, form.getAll(name));
    }

    static TokenRequest empty() {
        return new TokenRequest(null, null, null, null, null, null, null);
    }
}
