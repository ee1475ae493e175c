package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The data of an appointment event on {@value #TOPIC}: the full appointment after the change (seed: Appointments); a
 * deleted appointment's last state, with its version grown once more. {@code user_id} and {@code time} are null while
 * unassigned or unscheduled; {@code duration} is in seconds. Data without an id, an account, an organization, a job, a
 * status, a version or {@code updated_at} is refused with an {@link IllegalArgumentException}.
 */
public record AppointmentEvent(
        long id,
        @JsonProperty("account_id") long accountId,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("job_id") long jobId,
        @JsonProperty("user_id") Long userId,
        String status,
        Instant time,
        int duration,
        long version,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static final String TOPIC = "fieldline.jobs.appointments";
    public static final EventContract<AppointmentEvent> CONTRACT = EventContract.versioned(TOPIC, "job-service",
            AppointmentEvent.class, "Appointment", AppointmentEvent::version);
    public static final EventType<AppointmentEvent> CREATED = CONTRACT.declare("fieldline.jobs.appointment.created.v1");
    public static final EventType<AppointmentEvent> UPDATED = CONTRACT.declare("fieldline.jobs.appointment.updated.v1");
    public static final EventType<AppointmentEvent> DELETED = CONTRACT.declare("fieldline.jobs.appointment.deleted.v1");

    public AppointmentEvent {
        if (id <= 0 || accountId <= 0 || organizationId <= 0 || jobId <= 0 || status == null || version <= 0
                || updatedAt == null) {
            throw new IllegalArgumentException("an appointment event needs id, account_id, organization_id, job_id,"
                    + " status, version and updated_at");
        }
    }
}
