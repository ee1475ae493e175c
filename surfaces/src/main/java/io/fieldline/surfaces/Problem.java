package io.fieldline.surfaces;

import java.util.List;
import java.util.Map;

/**
 * A refused request, before it takes the shape of its surface: the HTTP status, a machine-readable code
 * ({@code not_found}, {@code validation_failed}, ...), a message for people, what is wrong with each field (may be
 * empty) and the request id the logs know it by.
 */
public record Problem(int status, String code, String message, Map<String, List<String>> fields, String requestId) {

    public Problem {
        fields = fields == null ? Map.of() : fields;
    }

    public Problem(int status, String code, String message, String requestId) {
        this(status, code, message, Map.of(), requestId);
    }
}
