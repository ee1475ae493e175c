package io.fieldline.technician.organization;

/** What technician-service knows of one of job-service's organizations, at a version. */
public record Organization(long id, long accountId, Network network, boolean deleted, long version) {
}
