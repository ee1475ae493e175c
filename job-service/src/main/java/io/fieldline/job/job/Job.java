package io.fieldline.job.job;

import io.fieldline.job.location.Location;

import java.time.Instant;
import java.util.List;

/** A piece of work at a service location for a customer, assigned to one organization of an account (seed: Jobs). */
public class Job {

    public long id;
    public long accountId;
    /** Never changes (seed: Jobs, "Attributes"). */
    public long organizationId;
    public long customerId;
    /** Never changes; stored as sent, since brands are not yet kept by job-service. */
    public Long brandId;
    public String title;
    public String description;
    public String serviceType;
    public Location address;
    public Double serviceFee;
    public String status;
    public String statusMessage;
    /** The job source's ids of the job; never change. */
    public List<String> externalIds = List.of();
    /** Grows with every change; events carry it so consumers can ignore stale ones. */
    public long version = 1;
    public Instant createdAt;
    public Instant updatedAt;
}
