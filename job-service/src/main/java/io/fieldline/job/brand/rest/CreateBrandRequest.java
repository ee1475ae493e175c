package io.fieldline.job.brand.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.platform.validation.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /v3/brands} (seed: Brands, "Create a Brand"): {@code name} required; {@code phone_number}
 * an RFC 3966 global number, kept in E.164; {@code logo_token} the uid of a datafile of the same account.
 */
public record CreateBrandRequest(
        @NotBlank(message = "is required") @Size(max = BrandRules.MAX_NAME, message = BrandRules.NAME_TOO_LONG)
        String name,
        @JsonProperty("phone_number") @PhoneNumber String phoneNumber,
        @JsonProperty("logo_token") @Pattern(regexp = BrandRules.UID, message = BrandRules.LOGO_MESSAGE)
        String logoToken,
        @Pattern(regexp = BrandRules.EMAIL, message = BrandRules.EMAIL_MESSAGE)
        @Size(max = BrandRules.MAX_EMAIL, message = BrandRules.EMAIL_MESSAGE) String email) {
}
