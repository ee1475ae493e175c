package io.fieldline.identity.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MultivaluedMap;

/** A request about an issued token: revocation (RFC 7009) or introspection (RFC 7662), as a form or as JSON. */
public record TokenActionRequest(
        String token,
        @JsonProperty("token_type_hint") String tokenTypeHint,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret) {

    static TokenActionRequest fromForm(MultivaluedMap<String, String> form) {
        return new TokenActionRequest(form.getFirst("token"), form.getFirst("token_type_hint"),
                form.getFirst("client_id"), form.getFirst("client_secret"));
    }

    String requiredToken() {
        if (token == null || token.isBlank()) {
            throw OAuthErrors.invalidRequest("token is required");
        }
        return token;
    }
}
