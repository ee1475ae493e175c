package io.fieldline.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** The error body of the {@code /v3}, technicians and users APIs: {@code {"error": {code, message, fields?}, "request_id"}}. */
public record ErrorBody(Error error, @JsonProperty("request_id") String requestId) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Error(String code, String message, Map<String, List<String>> fields) {
    }

    public static ErrorBody of(ApiException problem, String requestId) {
        return new ErrorBody(new Error(problem.code(), problem.getMessage(), problem.fields()), requestId);
    }
}
