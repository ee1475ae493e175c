package io.fieldline.platform.errors;

import io.fieldline.surfaces.Problem;
import io.quarkus.logging.Log;

import java.util.List;
import java.util.Map;

/** A request that cannot be served, with the status and error code its API surface answers with. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, List<String>> fields;
    private final boolean credentialSent;

    public ApiException(int status, String code, String message, Map<String, List<String>> fields) {
        this(status, code, message, fields, true);
    }

    private ApiException(int status, String code, String message, Map<String, List<String>> fields,
                         boolean credentialSent) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = Map.copyOf(fields);
        this.credentialSent = credentialSent;
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    /** A caller who is known but may not do this (a user token where only a job source may act). */
    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** An unexpected failure, logged under the request id that its answer asks the caller to quote. */
    public static ApiException unexpected(Throwable failure, String requestId) {
        Log.errorf(failure, "Unexpected failure serving request %s", requestId);
        return new ApiException(500, "internal_error", "Internal error; quote request id " + requestId);
    }

    /** A 401 for a credential that was sent and is invalid, expired or revoked. */
    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    /** A 401 for a request that sent no credential at all, challenged without an error code (RFC 6750 §3.1). */
    public static ApiException missingCredential(String message) {
        return new ApiException(401, "unauthorized", message, Map.of(), false);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }

    /** Whether the request sent a credential; false only for {@link #missingCredential(String)}. */
    public boolean credentialSent() {
        return credentialSent;
    }

    /** This refusal as the surfaces contract knows it, under the request's id. */
    public Problem problem(String requestId) {
        return new Problem(status, code, getMessage(), fields, requestId);
    }
}
