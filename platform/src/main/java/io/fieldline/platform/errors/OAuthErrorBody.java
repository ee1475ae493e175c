package io.fieldline.platform.errors;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.Map;

/** The error body of the OAuth 2.0 endpoints, as RFC 6749 section 5.2 defines it. */
public record OAuthErrorBody(String error, @JsonProperty("error_description") String errorDescription) {

    /**
     * The headers of every OAuth endpoint's answer, as RFC 6749 section 5.1 asks, and the challenge of section 5.2
     * for a client that failed to authenticate.
     */
    public static Map<String, String> headers(ApiException problem) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("Pragma", "no-cache");
        if (problem != null && problem.status() == 401) {
            headers.put("WWW-Authenticate", "Basic realm=\"fieldline\"");
        }
        return headers;
    }

    /** OAuth endpoints answer every malformed request with {@code invalid_request}; their own codes pass through. */
    public static OAuthErrorBody of(ApiException problem) {
        String error = switch (problem.code()) {
            case "bad_request", "validation_failed", "unsupported_media_type", "not_found", "method_not_allowed" ->
                    "invalid_request";
            case "internal_error" -> "server_error";
            default -> problem.code();
        };
        return new OAuthErrorBody(error, problem.getMessage());
    }
}
