package io.fieldline.job.appointment.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.job.appointment.AppointmentStatus;
import io.fieldline.platform.validation.IdDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code POST /v3/appointments} (seed: Appointments, "Create an Appointment"): {@code job_id} and
 * {@code status} required; {@code time} an ISO-8601 timestamp; {@code duration} in seconds, 7200 when absent;
 * {@code user_id} the assigned technician, if any.
 */
public record CreateAppointmentRequest(
        @JsonProperty("job_id") @JsonDeserialize(using = IdDeserializer.class)
        @NotNull(message = "is required") Long jobId,
        @JsonProperty("user_id") @JsonDeserialize(using = IdDeserializer.class) Long userId,
        @NotNull(message = "is required")
        @Pattern(regexp = AppointmentStatus.PATTERN, message = AppointmentStatus.UNKNOWN) String status,
        @IsoTimestamp String time,
        @Positive(message = AppointmentRules.DURATION_NOT_POSITIVE)
        @Max(value = AppointmentRules.MAX_DURATION, message = AppointmentRules.DURATION_TOO_LONG) Integer duration) {
}
