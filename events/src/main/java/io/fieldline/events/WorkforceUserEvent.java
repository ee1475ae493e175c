package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The data of a workforce user event on {@value #TOPIC}: the full user after the change. {@code version} grows with
 * every change, so a consumer can drop a redelivered or stale event. Passwords are never part of it.
 */
public record WorkforceUserEvent(
        long id,
        @JsonProperty("account_id") long accountId,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        @JsonProperty("phone_number") String phoneNumber,
        List<String> roles,
        boolean active,
        @JsonProperty("availability_status") String availabilityStatus,
        @JsonProperty("vehicle_type") String vehicleType,
        @JsonProperty("transport_modes") List<String> transportModes,
        long version,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static final String TOPIC = "fieldline.workforce.users";
    public static final String CREATED = "fieldline.workforce.user.created.v1";
    public static final String UPDATED = "fieldline.workforce.user.updated.v1";
    public static final String DEACTIVATED = "fieldline.workforce.user.deactivated.v1";
    public static final String RESTORED = "fieldline.workforce.user.restored.v1";
}
