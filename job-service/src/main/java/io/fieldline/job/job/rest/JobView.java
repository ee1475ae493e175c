package io.fieldline.job.job.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.job.customer.rest.CustomerView;
import io.fieldline.job.location.Location;

import java.util.List;

/**
 * A job as {@code /v3/jobs} shows it (seed: Jobs, "View a Single Job"), its customer embedded; {@code external_ids}
 * only to job sources.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(
        long id,
        String title,
        String description,
        @JsonProperty("service_type") String serviceType,
        @JsonProperty("external_ids") List<String> externalIds,
        Location address,
        @JsonProperty("brand_id") Long brandId,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("service_fee") Double serviceFee,
        String status,
        @JsonProperty("status_message") String statusMessage,
        @JsonProperty("customer_id") long customerId,
        CustomerView customer) {

    /** The {@code {"job": {...}}} envelope. */
    public record Envelope(JobView job) {
    }
}
