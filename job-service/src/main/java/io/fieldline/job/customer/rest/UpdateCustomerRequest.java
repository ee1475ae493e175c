package io.fieldline.job.customer.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.job.customer.CustomerPhoneNumber;
import io.fieldline.job.location.Location;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.rest.AttributeRules;
import io.fieldline.platform.validation.IdDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

import java.util.List;

/**
 * The body of {@code PATCH /v3/customers/:id} (seed: Customers, "Update a Customer"): an absent attribute stays as it
 * is; {@code first_name} cannot be cleared, {@code null} clears the others; {@code phone_numbers} and
 * {@code external_ids} replace the customer's. {@code organization_id} is not updatable: naming it is a 422.
 */
public record UpdateCustomerRequest(
        @JsonProperty("organization_id") @JsonDeserialize(contentUsing = IdDeserializer.class)
        JsonNullable<Long> organizationId,
        @JsonProperty("first_name") JsonNullable<@NotBlank(message = "is required")
                @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> firstName,
        @JsonProperty("last_name")
        JsonNullable<@Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> lastName,
        @JsonProperty("company_name")
        JsonNullable<@Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String> companyName,
        JsonNullable<@Size(max = AttributeRules.MAX_TEXT, message = AttributeRules.TEXT_TOO_LONG) String> notes,
        JsonNullable<@Pattern(regexp = AttributeRules.EMAIL, message = AttributeRules.EMAIL_MESSAGE)
                @Size(max = AttributeRules.MAX_EMAIL, message = AttributeRules.EMAIL_MESSAGE) String> email,
        @JsonProperty("phone_numbers")
        JsonNullable<@Size(max = CustomerRules.MAX_PHONE_NUMBERS, message = CustomerRules.TOO_MANY_PHONE_NUMBERS)
                List<@NotNull(message = "must not hold null") @Valid CustomerPhoneNumber>> phoneNumbers,
        @JsonProperty("home_address") JsonNullable<@Valid Location> homeAddress,
        @JsonProperty("billing_address") JsonNullable<@Valid Location> billingAddress,
        @JsonProperty("external_ids")
        JsonNullable<@Size(max = ExternalIds.MAX_COUNT, message = ExternalIds.TOO_MANY)
                List<@NotNull(message = "must not hold null") @NotBlank(message = ExternalIds.ID_RULE)
                @Size(max = ExternalIds.MAX_LENGTH, message = ExternalIds.ID_RULE) String>> externalIds) {
}
