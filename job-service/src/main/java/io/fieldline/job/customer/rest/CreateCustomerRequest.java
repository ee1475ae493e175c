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

import java.util.List;

/**
 * The body of {@code POST /v3/customers} (seed: Customers, "Create a Customer"): {@code organization_id} (a number or
 * a numeric string) and {@code first_name} required.
 */
public record CreateCustomerRequest(
        @JsonProperty("organization_id") @JsonDeserialize(using = IdDeserializer.class)
        @NotNull(message = "is required") Long organizationId,
        @JsonProperty("first_name") @NotBlank(message = "is required")
        @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG) String firstName,
        @JsonProperty("last_name") @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG)
        String lastName,
        @JsonProperty("company_name") @Size(max = AttributeRules.MAX_NAME, message = AttributeRules.NAME_TOO_LONG)
        String companyName,
        @Size(max = AttributeRules.MAX_TEXT, message = AttributeRules.TEXT_TOO_LONG) String notes,
        @Pattern(regexp = AttributeRules.EMAIL, message = AttributeRules.EMAIL_MESSAGE)
        @Size(max = AttributeRules.MAX_EMAIL, message = AttributeRules.EMAIL_MESSAGE) String email,
        @JsonProperty("phone_numbers") @Size(max = CustomerRules.MAX_PHONE_NUMBERS, message = CustomerRules.TOO_MANY_PHONE_NUMBERS)
        List<@NotNull(message = "must not hold null") @Valid CustomerPhoneNumber> phoneNumbers,
        @JsonProperty("home_address") @Valid Location homeAddress,
        @JsonProperty("billing_address") @Valid Location billingAddress,
        @JsonProperty("external_ids") @Size(max = ExternalIds.MAX_COUNT, message = ExternalIds.TOO_MANY)
        List<@NotNull(message = "must not hold null") @NotBlank(message = ExternalIds.ID_RULE)
                @Size(max = ExternalIds.MAX_LENGTH, message = ExternalIds.ID_RULE) String> externalIds) {
}
