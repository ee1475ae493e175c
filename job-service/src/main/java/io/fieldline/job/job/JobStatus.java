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
    /** The statuses a job may be created in: every one but {@code rejected}, which only a reject reaches. */
    public static final String CREATABLE = "offered|unscheduled|scheduled|paused|complete|canceled";
    public static final String NOT_CREATABLE = "must be one of offered, unscheduled, scheduled, paused, complete,"
            + " canceled; a job becomes rejected only through POST /v3/jobs/:id/reject";
    /**
     * The statuses an update may set: neither {@code offered} (a job is offered only when created so) nor
     * {@code rejected} (only a reject reaches it).
     */
    public static final String UPDATABLE = "unscheduled|scheduled|paused|complete|canceled";
    public static final String NOT_UPDATABLE = "must be one of unscheduled, scheduled, paused, complete, canceled;"
            + " a job is offered only when created so and rejected only through POST /v3/jobs/:id/reject";

    private JobStatus() {
    }
}
