package io.fieldline.job.job.mapping;

import io.fieldline.events.JobEvent;
import io.fieldline.job.customer.Customer;
import io.fieldline.job.customer.mapping.CustomerMapper;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.job.Job;
import io.fieldline.job.job.rest.CreateJobRequest;
import io.fieldline.job.job.rest.JobView;
import io.fieldline.job.job.rest.UpdateJobRequest;
import io.fieldline.job.location.LocationJson;
import io.fieldline.job.location.Locations;
import io.fieldline.job.organization.mapping.OrganizationMapper;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;

import java.time.Instant;

/** Maps a job to what the API shows and what its events carry, and applies requests to it. */
public final class JobMapper {

    private JobMapper() {
    }

    /** The job as {@code principal} sees it, with its customer (none when missing); external ids only for a job source. */
    public static JobView toView(Job job, Customer customer, TokenPrincipal principal) {
        return new JobView(job.id, job.title, job.description, job.serviceType,
                principal.isUser() ? null : job.externalIds, job.address, job.brandId, job.organizationId,
                job.serviceFee, job.status, job.statusMessage, job.customerId,
                customer == null ? null : CustomerMapper.toView(customer, principal));
    }

    public static JobEvent toEvent(Job job) {
        return new JobEvent(job.id, job.accountId, job.organizationId, job.customerId, job.brandId, job.title,
                job.description, job.serviceType, LocationJson.toEvent(job.address), job.serviceFee, job.status,
                job.statusMessage, job.externalIds, job.version, job.createdAt, job.updatedAt);
    }

    /** A new job of the account from a validated create body. */
    public static Job newJob(long accountId, CreateJobRequest request, Instant now) {
        Job job = new Job();
        job.accountId = accountId;
        job.organizationId = request.organizationId();
        job.customerId = request.customerId();
        job.brandId = request.brandId();
        job.title = request.title().strip();
        job.description = OrganizationMapper.blankToNull(request.description());
        job.serviceType = OrganizationMapper.blankToNull(request.serviceType());
        job.address = Locations.normalize(request.address());
        job.serviceFee = request.serviceFee();
        job.status = request.status();
        job.statusMessage = OrganizationMapper.blankToNull(request.statusMessage());
        job.externalIds = ExternalIds.normalize(request.externalIds());
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    /** Applies the updatable attributes a validated PATCH body names; returns whether any stored attribute changed. */
    public static boolean applyChanges(UpdateJobRequest changes, Job job) {
        boolean changed = Patch.apply(changes.title(), String::strip, job.title, value -> job.title = value);
        changed |= Patch.apply(changes.description(), OrganizationMapper::blankToNull, job.description,
                value -> job.description = value);
        changed |= Patch.apply(changes.serviceType(), OrganizationMapper::blankToNull, job.serviceType,
                value -> job.serviceType = value);
        changed |= Patch.apply(changes.address(), Locations::normalize, job.address, value -> job.address = value);
        changed |= Patch.apply(changes.customerId(), job.customerId, value -> job.customerId = value);
        changed |= Patch.apply(changes.serviceFee(), job.serviceFee, value -> job.serviceFee = value);
        changed |= Patch.apply(changes.status(), job.status, value -> job.status = value);
        changed |= Patch.apply(changes.statusMessage(), OrganizationMapper::blankToNull, job.statusMessage,
                value -> job.statusMessage = value);
        return changed;
    }
}
