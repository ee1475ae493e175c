package io.fieldline.identity.token;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * A request about an issued token: revocation (RFC 7009) or introspection (RFC 7662), as a form or as JSON. Unknown
 * parameters are ignored (RFC 6749 §3.2); each known one follows {@link OAuthParameters}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenActionRequest(
        String token,
        @JsonProperty("token_type_hint") String tokenTypeHint,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret) {

    static TokenActionRequest fromForm(MultivaluedMap<String, String> form) {
        return new TokenActionRequest(OAuthParameters.single("token", form.get("token")),
                OAuthParameters.single("token_type_hint", form.get("token_type_hint")),
                OAuthParameters.single("client_id", form.get("client_id")),
                OAuthParameters.single("client_secret", form.get("client_secret")));
    }

    String requiredToken() {
        if (token == null || token.isBlank()) {
            throw OAuthErrors.invalidRequest("token is required");
        }
        return token;
    }
}
