package io.fieldline.technician.user.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A user as the {@code /v3/users} API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserView(
        long id,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        List<String> roles,
        @JsonProperty("phone_number") String phoneNumber,
        String email) {

    /** The {@code {"user": {...}}} envelope. */
    public record Envelope(UserView user) {
    }
}
