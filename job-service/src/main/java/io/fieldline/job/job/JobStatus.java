package io.fieldline.job.job;

import java.util.List;

/**
 * The statuses of a job (seed: "Job Statuses" and "Job Offers"). {@code offered} leaves only through accept or reject;
 * {@code rejected} is reached only by reject.
 */
public final class JobStatus {

    public static final String OFFERED = "offered";
    public static final String UNSCHEDULED = "unscheduled";
    public static final String SCHEDULED = "scheduled";
    public static final String CANCELED = "canceled";
    public static final String REJECTED = "rejected";
    /** Every status, in the seed's order. */
    public static final List<String> ALL = List.of(OFFERED, UNSCHEDULED, SCHEDULED, "paused", "complete", CANCELED,
            REJECTED);
    /** The statuses as a Bean Validation pattern. */
    public static final String PATTERN = "offered|unscheduled|scheduled|paused|complete|canceled|rejected";
    public static final String UNKNOWN = "must be one of offered, unscheduled, scheduled, paused, complete, canceled, rejected";

    private JobStatus() {
    }
}
