package io.fieldline.job.job.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.job.appointment.rest.AppointmentRules;
import io.fieldline.job.appointment.rest.IsoTimestamp;
import io.fieldline.platform.validation.IdDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The optional body of {@code POST /v3/jobs/:id/accept} (seed: "Job Offers", "Accept Job w/ Appointment"): with an
 * {@code appointment} the job is scheduled and the appointment created, without it unscheduled.
 */
public record AcceptJobRequest(@Valid Appointment appointment) {

    /**
     * The appointment to schedule, checked as an appointment's create checks it (seed: Appointments, "Attributes"):
     * start {@code time} (ISO-8601), {@code duration} in seconds (7200 when absent), the technician's {@code user_id};
     * an accept that schedules needs the time and the technician.
     */
    public record Appointment(
            @NotNull(message = "is required") @IsoTimestamp String time,
            @Positive(message = AppointmentRules.DURATION_NOT_POSITIVE)
            @Max(value = AppointmentRules.MAX_DURATION, message = AppointmentRules.DURATION_TOO_LONG) Integer duration,
            @JsonProperty("user_id") @JsonDeserialize(using = IdDeserializer.class)
            @NotNull(message = "is required") Long userId) {
    }
}
