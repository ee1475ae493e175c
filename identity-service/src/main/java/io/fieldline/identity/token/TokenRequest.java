package io.fieldline.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.core.MultiMap;

/** A request to {@code POST /v3/oauth/token}, whether sent as JSON (as the API document shows) or form-encoded (RFC 6749). */
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        String scope,
        String username,
        String password,
        @JsonProperty("refresh_token") String refreshToken) {

    static TokenRequest fromForm(MultiMap form) {
        return new TokenRequest(form.get("grant_type"), form.get("client_id"), form.get("client_secret"),
                form.get("scope"), form.get("username"), form.get("password"),
                form.get("refresh_token"));
    }

    static TokenRequest empty() {
        return new TokenRequest(null, null, null, null, null, null, null);
    }
}
