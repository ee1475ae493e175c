package io.fieldline.technician.technician.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The technicians API envelope: {@code data}, {@code pagination} for lists, and the {@code request_id}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TechniciansResponse(Object data, Pagination pagination, @JsonProperty("request_id") String requestId) {

    public record Pagination(int page, @JsonProperty("per_page") int perPage, long total,
                             @JsonProperty("total_pages") int totalPages) {
    }
}
