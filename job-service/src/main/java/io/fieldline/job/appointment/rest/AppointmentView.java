package io.fieldline.job.appointment.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** An appointment as {@code /v3/appointments} shows it (seed: Appointments, "View a Single Appointment"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppointmentView(
        long id,
        @JsonProperty("job_id") long jobId,
        @JsonProperty("organization_id") long organizationId,
        String status,
        Instant time,
        int duration,
        @JsonProperty("user_id") Long userId) {

    /** The {@code {"appointment": {...}}} envelope. */
    public record Envelope(AppointmentView appointment) {
    }
}
