package io.fieldline.job.appointment;

import java.util.List;

/** The statuses of an appointment (seed: "Appointment Statuses"); an appointment moves freely between them. */
public final class AppointmentStatus {

    public static final String SCHEDULED = "scheduled";
    public static final String CANCELED = "canceled";
    /** Every status, in the seed's order. */
    public static final List<String> ALL = List.of("draft", SCHEDULED, "enroute", "in_progress", "complete", CANCELED);
    /** The statuses as a Bean Validation pattern. */
    public static final String PATTERN = "draft|scheduled|enroute|in_progress|complete|canceled";
    public static final String UNKNOWN = "must be one of draft, scheduled, enroute, in_progress, complete, canceled";

    private AppointmentStatus() {
    }
}
