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

import java.util.List;

/**
 * The body of {@code POST /v3/organizations} (seed: Organizations, "Create an Organization"): {@code name} and
 * {@code email} required; {@code create_user} asks for the initial user; {@code network} ({@code first_party} by
 * default, or {@code third_party}) is our extension.
 */
public record CreateOrganizationRequest(
        @NotBlank(message = "is required") @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG)
        String name,
        @NotBlank(message = "is required") @Pattern(regexp = AttributeRules.EMAIL, message = AttributeRules.EMAIL_MESSAGE)
        @Size(max = AttributeRules.MAX_EMAIL, message = AttributeRules.EMAIL_MESSAGE) String email,
        @Valid Location address,
        @JsonProperty("phone_number") @PhoneNumber String phoneNumber,
        @JsonProperty("logo_token") @Size(max = AttributeRules.MAX_TOKEN, message = AttributeRules.TOKEN_TOO_LONG)
        String logoToken,
        @JsonProperty("external_ids") @Size(max = ExternalIds.MAX_COUNT, message = ExternalIds.TOO_MANY)
        List<@NotNull(message = "must not hold null") @NotBlank(message = ExternalIds.ID_RULE)
                @Size(max = ExternalIds.MAX_LENGTH, message = ExternalIds.ID_RULE) String> externalIds,
        @JsonProperty("create_user") Boolean createUser,
        @OneOf(value = {Organization.FIRST_PARTY, Organization.THIRD_PARTY}, what = "network") String network) {
}
