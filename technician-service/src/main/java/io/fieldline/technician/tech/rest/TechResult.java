package io.fieldline.technician.tech.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/**
 * The technician management API's answer (seed: "Create Technician", "Create Multiple Technicians"):
 * {@code {"result": "SUCCESS", "details": {...}, "errorDetails": null}}. A bulk answer's {@code result} is
 * {@code SUCCESS} when every item succeeded, {@code PARTIAL_SUCCESS} when some did and {@code FAILURE} when none did;
 * each item's own result is under {@code details.technicians}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TechResult(String result, Object details, ErrorDetails errorDetails) {

    public static final String SUCCESS = "SUCCESS";
    public static final String PARTIAL_SUCCESS = "PARTIAL_SUCCESS";
    public static final String FAILURE = "FAILURE";

    /** Why a technician could not be created, as the surface's error body says it: {@code status} and {@code message}. */
    public record ErrorDetails(int status, String message) {
    }

    /** One item of a bulk request: {@code {"result": "SUCCESS"}}, or {@code FAILURE} with its {@code errorDetails}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(String result, ErrorDetails errorDetails) {

        public static ItemResult success() {
            return new ItemResult(SUCCESS, null);
        }

        public static ItemResult failure(int status, String message) {
            return new ItemResult(FAILURE, new ErrorDetails(status, message));
        }

        public boolean succeeded() {
            return SUCCESS.equals(result);
        }
    }

    /** The answer to a single change that succeeded. */
    public static TechResult success() {
        return new TechResult(SUCCESS, Map.of(), null);
    }

    /** The answer to a bulk request: each item's result by its key, under {@code details.technicians}. */
    public static TechResult of(Map<String, ItemResult> technicians) {
        long succeeded = technicians.values().stream().filter(ItemResult::succeeded).count();
        String result = succeeded == technicians.size() ? SUCCESS : succeeded == 0 ? FAILURE : PARTIAL_SUCCESS;
        return new TechResult(result, Map.of("technicians", technicians), null);
    }
}
