package io.fieldline.job.job;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** The appointment of an accept (seed: "Job Offers"): start {@code time}, {@code duration} in seconds, technician. */
public record RequestedAppointment(Instant time, int duration, @JsonProperty("user_id") long userId) {
}
