package io.fieldline.technician.user.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of {@code POST /v3/users}. {@code organization_id} is taken as a number or a numeric string. */
public record CreateUserRequest(
        @JsonProperty("organization_id") Object organizationId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        List<String> roles,
        @JsonProperty("phone_number") String phoneNumber,
        String email,
        String password) {
}
