package io.fieldline.platform.errors;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body of the OAuth 2.0 endpoints, as RFC 6749 section 5.2 defines it. */
public record OAuthErrorBody(String error, @JsonProperty("error_description") String errorDescription) {

    /** OAuth endpoints answer every malformed request with {@code invalid_request}; their own codes pass through. */
    static OAuthErrorBody of(ApiException problem) {
        String error = switch (problem.code()) {
            case "bad_request", "validation_failed", "unsupported_media_type", "not_found", "method_not_allowed" ->
                    "invalid_request";
            case "internal_error" -> "server_error";
            default -> problem.code();
        };
        return new OAuthErrorBody(error, problem.getMessage());
    }
}
