package io.fieldline.job.brand.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.platform.validation.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The body of {@code PATCH /v3/brands/:id} (seed: Brands, "Update Brand"): an absent attribute stays as it is;
 * {@code name} cannot be cleared, {@code null} clears the others.
 */
public record UpdateBrandRequest(
        JsonNullable<@NotBlank(message = "is required")
                @Size(max = BrandRules.MAX_NAME, message = BrandRules.NAME_TOO_LONG) String> name,
        @JsonProperty("phone_number") JsonNullable<@PhoneNumber String> phoneNumber,
        @JsonProperty("logo_token")
        JsonNullable<@Pattern(regexp = BrandRules.UID, message = BrandRules.LOGO_MESSAGE) String> logoToken,
        JsonNullable<@Pattern(regexp = BrandRules.EMAIL, message = BrandRules.EMAIL_MESSAGE)
                @Size(max = BrandRules.MAX_EMAIL, message = BrandRules.EMAIL_MESSAGE) String> email) {
}
