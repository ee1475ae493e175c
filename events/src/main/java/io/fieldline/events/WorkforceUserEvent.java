package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** Reads an event's data; an unreadable or incomplete one is refused, for the consumer's dead-letter topic. */
    public static WorkforceUserEvent read(ObjectMapper json, String payload) {
        WorkforceUserEvent user;
        try {
            user = json.readValue(payload, WorkforceUserEvent.class);
        } catch (Exception unreadable) {
            throw new IllegalArgumentException("unreadable workforce user event", unreadable);
        }
        if (user.id() <= 0 || user.version() <= 0 || user.roles() == null || user.updatedAt() == null) {
            throw new IllegalArgumentException("workforce user event lacks id, version, roles or updated_at");
        }
        return user;
    }
}
