package io.fieldline.job.job.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.job.JobStatus;
import io.fieldline.job.location.Location;
import io.fieldline.job.rest.AttributeRules;
import io.fieldline.platform.validation.IdDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /v3/jobs} (seed: Jobs, "Create a Job"): {@code title}, {@code address}, {@code customer_id},
 * {@code organization_id} and {@code status} required; ids as numbers or numeric strings; {@code rejected} is no status
 * to create a job in.
 */
public record CreateJobRequest(
        @NotBlank(message = "is required") @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG)
        String title,
        @Size(max = AttributeRules.MAX_TEXT, message = AttributeRules.TEXT_TOO_LONG) String description,
        @JsonProperty("service_type") @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG)
        String serviceType,
        @JsonProperty("external_ids") @Size(max = ExternalIds.MAX_COUNT, message = ExternalIds.TOO_MANY)
        List<@NotNull(message = "must not hold null") @NotBlank(message = ExternalIds.ID_RULE)
                @Size(max = ExternalIds.MAX_LENGTH, message = ExternalIds.ID_RULE) String> externalIds,
        @NotNull(message = "is required") @Valid Location address,
        @JsonProperty("brand_id") @JsonDeserialize(using = IdDeserializer.class) Long brandId,
        @JsonProperty("customer_id") @JsonDeserialize(using = IdDeserializer.class)
        @NotNull(message = "is required") Long customerId,
        @JsonProperty("organization_id") @JsonDeserialize(using = IdDeserializer.class)
        @NotNull(message = "is required") Long organizationId,
        @JsonProperty("service_fee") @PositiveOrZero(message = "must be zero or more") Double serviceFee,
        @NotNull(message = "is required") @Pattern(regexp = JobStatus.CREATABLE, message = JobStatus.NOT_CREATABLE) String status,
        @JsonProperty("status_message") @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG)
        String statusMessage) {
}
