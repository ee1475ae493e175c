package io.fieldline.job.appointment.rest;

/**
 * Rules of an appointment's attributes that an appointment's create and update and an accept's appointment share
 * (seed: Appointments, "Attributes"; "Job Offers"), in the words of their field errors.
 */
public final class AppointmentRules {

    /** Seconds an appointment lasts when the request does not say (seed: Appointments, "duration"). */
    public static final int DEFAULT_DURATION = 7200;
    /** A week: an appointment is a visit, and the bound keeps the end of one within any timestamp's range. */
    public static final int MAX_DURATION = 604_800;
    public static final String DURATION_NOT_POSITIVE = "must be a positive number of seconds";
    public static final String DURATION_TOO_LONG = "must be at most " + MAX_DURATION + " seconds";

    private AppointmentRules() {
    }
}
