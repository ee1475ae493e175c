package io.fieldline.job.job.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
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
import org.openapitools.jackson.nullable.JsonNullable;

import java.util.List;

/**
 * The body of {@code PATCH /v3/jobs/:id} (seed: Jobs, "Update Job"): an absent attribute stays as it is; {@code title},
 * {@code address}, {@code customer_id} and {@code status} cannot be cleared, {@code null} clears the others.
 * {@code organization_id}, {@code external_ids} and {@code brand_id} are not updatable: naming one is a 422. No update
 * sets {@code offered} or {@code rejected} (seed: "Job Offers").
 */
public record UpdateJobRequest(
        JsonNullable<@NotBlank(message = "is required")
                @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> title,
        JsonNullable<@Size(max = AttributeRules.MAX_TEXT, message = AttributeRules.TEXT_TOO_LONG) String> description,
        @JsonProperty("service_type")
        JsonNullable<@Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> serviceType,
        @JsonProperty("external_ids") JsonNullable<List<String>> externalIds,
        JsonNullable<@NotNull(message = "is required") @Valid Location> address,
        @JsonProperty("brand_id") @JsonDeserialize(contentUsing = IdDeserializer.class) JsonNullable<Long> brandId,
        @JsonProperty("customer_id") @JsonDeserialize(contentUsing = IdDeserializer.class)
        JsonNullable<@NotNull(message = "is required") Long> customerId,
        @JsonProperty("organization_id") @JsonDeserialize(contentUsing = IdDeserializer.class)
        JsonNullable<Long> organizationId,
        @JsonProperty("service_fee") JsonNullable<@PositiveOrZero(message = "must be zero or more") Double> serviceFee,
        JsonNullable<@NotNull(message = "is required")
                @Pattern(regexp = JobStatus.UPDATABLE, message = JobStatus.NOT_UPDATABLE) String> status,
        @JsonProperty("status_message")
        JsonNullable<@Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> statusMessage) {
}
