package io.fieldline.job.organization.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.job.location.Location;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.rest.AttributeRules;
import io.fieldline.job.organization.Organization;
import io.fieldline.platform.validation.OneOf;
import io.fieldline.platform.validation.PhoneNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

import java.util.List;

/**
 * The body of {@code PATCH /v3/organizations/:id} (seed: Organizations, "Update an Organization"): an absent attribute
 * stays as it is; {@code name}, {@code email} and {@code network} cannot be cleared, {@code null} clears the others.
 * {@code external_ids} replaces the organization's external ids.
 */
public record UpdateOrganizationRequest(
        JsonNullable<@NotBlank(message = "is required")
                @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> name,
        JsonNullable<@NotBlank(message = "is required")
                @Pattern(regexp = AttributeRules.EMAIL, message = AttributeRules.EMAIL_MESSAGE)
                @Size(max = AttributeRules.MAX_EMAIL, message = AttributeRules.EMAIL_MESSAGE) String> email,
        JsonNullable<@Valid Location> address,
        @JsonProperty("phone_number") JsonNullable<@PhoneNumber String> phoneNumber,
        @JsonProperty("logo_token")
        JsonNullable<@Size(max = AttributeRules.MAX_TOKEN, message = AttributeRules.TOKEN_TOO_LONG) String> logoToken,
        @JsonProperty("external_ids")
        JsonNullable<@Size(max = ExternalIds.MAX_COUNT, message = ExternalIds.TOO_MANY)
                List<@NotNull(message = "must not hold null") @NotBlank(message = ExternalIds.ID_RULE)
                @Size(max = ExternalIds.MAX_LENGTH, message = ExternalIds.ID_RULE) String>> externalIds,
        JsonNullable<@NotNull(message = "is required")
                @OneOf(value = {Organization.FIRST_PARTY, Organization.THIRD_PARTY}, what = "network") String> network) {
}
