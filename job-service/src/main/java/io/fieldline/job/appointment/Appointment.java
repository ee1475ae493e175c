package io.fieldline.job.appointment;

import java.time.Instant;

/**
 * A time at which a technician does the work of a job (seed: Appointments); it belongs to the job's organization.
 */
public class Appointment {

    public long id;
    public long accountId;
    /** The job's organization; never changes. */
    public long organizationId;
    /** Never changes (seed: Appointments, "Attributes"). */
    public long jobId;
    /** The assigned technician; null while unassigned. */
    public Long userId;
    public String status;
    /** The scheduled start; null while not yet known. */
    public Instant time;
    /** Seconds. */
    public int duration;
    /** Grows with every change; events carry it so consumers can ignore stale ones. */
    public long version = 1;
    public Instant createdAt;
    public Instant updatedAt;
}
