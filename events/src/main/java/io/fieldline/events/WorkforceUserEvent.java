package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The data of a workforce user event on {@value #TOPIC}: the full user after the change. {@code version} grows with
 * every change, so a consumer can drop a redelivered or stale event. Passwords are never part of it. Data without an
 * id, a version, roles or {@code updated_at} is refused with an {@link IllegalArgumentException}.
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
    public static final EventContract<WorkforceUserEvent> CONTRACT = EventContract.versioned(TOPIC,
            "technician-service", WorkforceUserEvent.class, "WorkforceUser", WorkforceUserEvent::version);
    public static final EventType<WorkforceUserEvent> CREATED = CONTRACT.declare("fieldline.workforce.user.created.v1");
    public static final EventType<WorkforceUserEvent> UPDATED = CONTRACT.declare("fieldline.workforce.user.updated.v1");
    public static final EventType<WorkforceUserEvent> DEACTIVATED =
            CONTRACT.declare("fieldline.workforce.user.deactivated.v1");
    public static final EventType<WorkforceUserEvent> RESTORED = CONTRACT.declare("fieldline.workforce.user.restored.v1");

    public WorkforceUserEvent {
        if (id <= 0 || version <= 0 || roles == null || updatedAt == null) {
            throw new IllegalArgumentException("a workforce user event needs id, version, roles and updated_at");
        }
    }
}
