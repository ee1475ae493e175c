package io.fieldline.technician.user.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.platform.security.PasswordPolicy;
import io.fieldline.platform.validation.IdDeserializer;
import io.fieldline.platform.validation.OneOf;
import io.fieldline.platform.validation.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

import java.util.List;

/**
 * The body of {@code PATCH /v3/users/:id} (seed: Users, "Update a User"): an absent attribute stays as it is. Required
 * attributes cannot be cleared; {@code null} clears {@code phone_number} and {@code email}.
 */
public record UpdateUserRequest(
        @JsonProperty("organization_id") @JsonDeserialize(contentUsing = IdDeserializer.class)
        JsonNullable<@NotNull(message = "is required") Long> organizationId,
        @JsonProperty("first_name")
        JsonNullable<@NotBlank(message = "is required") @Size(max = UserRules.MAX_NAME, message = UserRules.NAME_TOO_LONG) String> firstName,
        @JsonProperty("last_name")
        JsonNullable<@NotBlank(message = "is required") @Size(max = UserRules.MAX_NAME, message = UserRules.NAME_TOO_LONG) String> lastName,
        JsonNullable<@NotEmpty(message = UserRules.ROLES_REQUIRED)
                List<@NotNull(message = "must not hold null") @OneOf(value = {"dispatcher", "technician"}, what = "role") String>> roles,
        @JsonProperty("phone_number")
        JsonNullable<@PhoneNumber String> phoneNumber,
        JsonNullable<@Pattern(regexp = UserRules.EMAIL, message = UserRules.EMAIL_MESSAGE)
                @Size(max = UserRules.MAX_EMAIL, message = UserRules.EMAIL_MESSAGE) String> email,
        JsonNullable<@NotNull(message = PasswordPolicy.RULE)
                @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = PasswordPolicy.RULE) String> password) {
}
