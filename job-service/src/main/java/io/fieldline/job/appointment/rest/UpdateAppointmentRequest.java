package io.fieldline.job.appointment.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.job.appointment.AppointmentStatus;
import io.fieldline.platform.validation.IdDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The body of {@code PATCH /v3/appointments/:id} (seed: Appointments, "Update Appointment"): an absent attribute stays
 * as it is; {@code null} clears {@code time} and unassigns {@code user_id}; {@code status} and {@code duration} cannot
 * be cleared. {@code job_id} is not updatable: naming it is a 422.
 */
public record UpdateAppointmentRequest(
        @JsonProperty("job_id") @JsonDeserialize(contentUsing = IdDeserializer.class) JsonNullable<Long> jobId,
        @JsonProperty("user_id") @JsonDeserialize(contentUsing = IdDeserializer.class) JsonNullable<Long> userId,
        JsonNullable<@NotNull(message = "is required")
                @Pattern(regexp = AppointmentStatus.PATTERN, message = AppointmentStatus.UNKNOWN) String> status,
        JsonNullable<@IsoTimestamp String> time,
        JsonNullable<@NotNull(message = "cannot be cleared; give a number of seconds")
                @Positive(message = AppointmentRules.DURATION_NOT_POSITIVE)
                @Max(value = AppointmentRules.MAX_DURATION, message = AppointmentRules.DURATION_TOO_LONG)
                Integer> duration) {
}
