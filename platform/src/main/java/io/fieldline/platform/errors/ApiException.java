package io.fieldline.platform.errors;

import java.util.List;
import java.util.Map;

/** A request that cannot be served, with the status and error code its API surface answers with. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, List<String>> fields;

    public ApiException(int status, String code, String message, Map<String, List<String>> fields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = Map.copyOf(fields);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
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
}
