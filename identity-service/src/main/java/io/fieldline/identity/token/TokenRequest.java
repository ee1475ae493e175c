package io.fieldline.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MultivaluedMap;

/** A request to {@code POST /v3/oauth/token}, whether sent as JSON (as the API document shows) or form-encoded (RFC 6749). */
public record TokenRequest(
        @JsonProperty("grant_type") String grantType,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        String scope,
        String username,
        String password,
        @JsonProperty("refresh_token") String refreshToken) {

    static TokenRequest fromForm(MultivaluedMap<String, String> form) {
        return new TokenRequest(form.getFirst("grant_type"), form.getFirst("client_id"), form.getFirst("client_secret"),
                form.getFirst("scope"), form.getFirst("username"), form.getFirst("password"),
                form.getFirst("refresh_token"));
    }

    static TokenRequest empty() {
        return new TokenRequest(null, null, null, null, null, null, null);
    }
}
