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

import java.util.List;

/**
 * The body of {@code POST /v3/users} (seed: Users, "Create a User"). {@code organization_id} is taken as a number or
 * a numeric string; blank {@code email} means none; {@code phone_number} is an RFC 3966 global number, stored in E.164.
 */
public record CreateUserRequest(
        @JsonProperty("organization_id") @JsonDeserialize(using = IdDeserializer.class)
        @NotNull(message = "is required") Long organizationId,
        @JsonProperty("first_name")
        @NotBlank(message = "is required") @Size(max = UserRules.MAX_NAME, message = UserRules.NAME_TOO_LONG) String firstName,
        @JsonProperty("last_name")
        @NotBlank(message = "is required") @Size(max = UserRules.MAX_NAME, message = UserRules.NAME_TOO_LONG) String lastName,
        @NotEmpty(message = UserRules.ROLES_REQUIRED)
        List<@NotNull(message = "must not hold null") @OneOf(value = {"dispatcher", "technician"}, what = "role") String> roles,
        @JsonProperty("phone_number")
        @PhoneNumber String phoneNumber,
        @Pattern(regexp = UserRules.EMAIL, message = UserRules.EMAIL_MESSAGE)
        @Size(max = UserRules.MAX_EMAIL, message = UserRules.EMAIL_MESSAGE) String email,
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = PasswordPolicy.RULE)
        String password) {
}
