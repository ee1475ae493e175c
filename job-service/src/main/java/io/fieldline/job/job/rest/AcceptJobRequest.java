package io.fieldline.job.job.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.platform.validation.IdDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import java.time.Instant;

/**
 * The optional body of {@code POST /v3/jobs/:id/accept} (seed: "Job Offers", "Accept Job w/ Appointment"): with an
 * {@code appointment} the job is scheduled, without it unscheduled.
 */
public record AcceptJobRequest(@Valid Appointment appointment) {

    /** Seconds an appointment lasts when the accept does not say (issue 10, Appointments). */
    public static final int DEFAULT_DURATION = 7200;

    /** The appointment to schedule: start {@code time} (ISO 8601), {@code duration} in seconds, technician. */
    public record Appointment(
            @NotNull(message = "is required") Instant time,
            @Positive(message = "must be a positive number of seconds")
            @Max(value = 604_800, message = "must be at most 604800 seconds") Integer duration,
            @JsonProperty("user_id") @JsonDeserialize(using = IdDeserializer.class)
            @NotNull(message = "is required") Long userId) {
    }
}
