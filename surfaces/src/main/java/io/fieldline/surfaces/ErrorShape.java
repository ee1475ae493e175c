package io.fieldline.surfaces;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body a surface answers a refused request with (ARCHITECTURE.md, "API conventions per surface"). */
public enum ErrorShape {
    /** {@code {"error": {"code", "message", "fields"?}, "request_id"}}: {@code /v3}, {@code /admin}, the technicians and users APIs. */
    NESTED {
        @Override
        public Map<String, Object> body(Problem problem) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", problem.code());
            error.put("message", problem.message());
            if (!problem.fields().isEmpty()) {
                error.put("fields", problem.fields());
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", error);
            body.put("request_id", problem.requestId());
            return body;
        }
    },
    /** {@code {"status", "message"}} (seed: technician management API, "Error Handling"). */
    STATUS_MESSAGE {
        @Override
        public Map<String, Object> body(Problem problem) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", problem.status());
            body.put("message", problem.message());
            return body;
        }
    },
    /** {@code {"error", "error_description"}} with RFC 6749 §5.2 codes. */
    OAUTH {
        @Override
        public Map<String, Object> body(Problem problem) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", oauthCode(problem.code()));
            body.put("error_description", problem.message());
            return body;
        }
    };

    /** The body of {@code problem} in this shape, its members in the documented order. */
    public abstract Map<String, Object> body(Problem problem);

    /**
     * RFC 6749 §5.2 has codes for what an OAuth endpoint decides; whatever else refuses a request there is malformed
     * for it ({@code invalid_request}), an outage is {@code temporarily_unavailable} (§4.1.2.1) and a bug
     * {@code server_error}.
     */
    static String oauthCode(String code) {
        return switch (code) {
            case "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type",
                 "invalid_scope", "invalid_token", "unsupported_token_type", "access_denied", "temporarily_unavailable" -> code;
            case "bad_gateway", "gateway_timeout", "rate_limit_exceeded" -> "temporarily_unavailable";
            case "internal_error" -> "server_error";
            default -> "invalid_request";
        };
    }
}
