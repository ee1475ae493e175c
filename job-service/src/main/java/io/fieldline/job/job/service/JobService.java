package io.fieldline.job.job.service;

import io.fieldline.events.JobEvent;
import io.fieldline.job.appointment.AppointmentStatus;
import io.fieldline.job.appointment.mapping.AppointmentMapper;
import io.fieldline.job.appointment.service.AppointmentChanges;
import io.fieldline.job.customer.Customer;
import io.fieldline.job.customer.repository.CustomerRepository;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.job.Job;
import io.fieldline.job.job.JobStatus;
import io.fieldline.job.job.mapping.JobMapper;
import io.fieldline.job.job.repository.JobRepository;
import io.fieldline.job.job.rest.AcceptJobRequest;
import io.fieldline.job.job.rest.CreateJobRequest;
import io.fieldline.job.job.rest.UpdateJobRequest;
import io.fieldline.job.organization.service.OrganizationService;
import io.fieldline.job.sql.SqlTimes;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The rules for jobs (seed: Jobs, "Job Offers"). A job belongs to one live organization of the account (for a user
 * token, its own) and to a live customer of that organization. A job is offered only when created so and leaves
 * {@code offered} only through {@link #accept}/{@link #reject}; {@code rejected} is reached only by a reject and never
 * left; other statuses move freely. Canceling a job cancels its appointments (seed: "Special Status Behavior"). Every
 * change grows the version and leaves with its event in the same transaction.
 */
@ApplicationScoped
public class JobService {

    /** A job with the customer it embeds (none when the customer is gone). */
    public record Shown(Job job, Customer customer) {
    }

    /** A page of jobs, each with the customer it embeds. */
    public record ShownPage(ListPage<Job, LimitOffset> page, Map<Long, Customer> customers) {
    }

    private static final String ORGANIZATION_ID = "organization_id";
    private static final String CUSTOMER_ID = "customer_id";
    private static final String STATUS = "status";
    private static final String DISPATCHER = "dispatcher";

    private final Pool pool;
    private final JobRepository jobs;
    private final JobChanges changes;
    private final CustomerRepository customers;
    private final OrganizationService organizations;
    private final AppointmentChanges appointments;

    public JobService(Pool pool, JobRepository jobs, JobChanges changes, CustomerRepository customers,
                      OrganizationService organizations, AppointmentChanges appointments) {
        this.pool = pool;
        this.jobs = jobs;
        this.changes = changes;
        this.customers = customers;
        this.organizations = organizations;
        this.appointments = appointments;
    }

    /** Creates a job; external ids are for job sources only. */
    public Uni<Shown> create(TokenPrincipal principal, CreateJobRequest request) {
        if (principal.isUser() && request.externalIds() != null) {
            new FieldErrors().add(ExternalIds.FIELD, ExternalIds.JOB_SOURCES_ONLY).throwIfAny();
        }
        Job candidate = JobMapper.newJob(principal.accountId(), request, SqlTimes.now());
        return pool.withTransaction(transaction -> organizations.requireReachable(transaction, principal, candidate.organizationId)
                .chain(() -> requireCustomer(transaction, candidate))
                .chain(customer -> changes.create(transaction, candidate).map(job -> new Shown(job, customer))));
    }

    /** The job, if the principal may see it; 404 otherwise. */
    public Uni<Shown> get(TokenPrincipal principal, long id) {
        return jobs.findVisible(pool, Tenancy.of(principal), id).onItem().ifNull().failWith(JobService::notFound)
                .chain(job -> shown(pool, job));
    }

    /** A page of the jobs the principal may see: the account's for a job source, its organization's for a user. */
    public Uni<ShownPage> list(TokenPrincipal principal, Map<String, List<String>> query) {
        return jobs.list(Tenancy.of(principal),
                        (principal.isUser() ? JobRepository.LIST_FOR_USERS : JobRepository.LIST).read(query))
                .chain(page -> customers.findByIds(pool, principal.accountId(),
                                page.items().stream().map(job -> job.customerId).distinct().toList())
                        .map(byId -> new ShownPage(page, byId)));
    }

    /**
     * Applies the changes. {@code organization_id}, {@code external_ids} and {@code brand_id} are not updatable (422);
     * an offered job's status changes only through accept or reject (422). A rejected job is read-only for the
     * organization's users (403) and keeps its status (422); its job source may still change its other attributes,
     * since the seed makes it read-only for the organization, not for the source that offered it. A job that becomes
     * canceled cancels its appointments in the same transaction.
     */
    public Uni<Shown> update(TokenPrincipal principal, long id, UpdateJobRequest request) {
        FieldErrors errors = new FieldErrors();
        if (Patch.given(request.organizationId())) {
            errors.add(ORGANIZATION_ID, "cannot be changed; a job stays with its organization");
        }
        if (Patch.given(request.externalIds())) {
            errors.add(ExternalIds.FIELD, "cannot be changed");
        }
        if (Patch.given(request.brandId())) {
            errors.add("brand_id", "cannot be changed");
        }
        errors.throwIfAny();
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(job -> {
            if (principal.isUser() && JobStatus.REJECTED.equals(job.status)) {
                throw ApiException.forbidden("A rejected job is read-only for the organization's users");
            }
            requireStatusChangeable(job, request);
            String statusBefore = job.status;
            if (!JobMapper.applyChanges(request, job)) {
                return shown(transaction, job);
            }
            Uni<Void> customerChecked = Patch.given(request.customerId())
                    ? requireCustomer(transaction, job).replaceWithVoid() : Uni.createFrom().voidItem();
            Uni<Void> appointmentsCanceled = JobStatus.CANCELED.equals(job.status)
                    && !JobStatus.CANCELED.equals(statusBefore)
                    ? appointments.cancelAllOf(transaction, job) : Uni.createFrom().voidItem();
            return customerChecked.chain(() -> appointmentsCanceled)
                    .chain(() -> changes.save(transaction, job, JobEvent.UPDATED))
                    .chain(saved -> shown(transaction, saved));
        }));
    }

    /** Seed: "Job Offers": an offer's status changes only by accept or reject; a rejected job's never. */
    private static void requireStatusChangeable(Job job, UpdateJobRequest request) {
        Patch.value(request.status()).filter(status -> !status.equals(job.status)).ifPresent(status -> {
            if (JobStatus.OFFERED.equals(job.status)) {
                new FieldErrors().add(STATUS, "cannot leave offered by an update;"
                        + " accept or reject the job (POST /v3/jobs/:id/accept or /reject)").throwIfAny();
            }
            if (JobStatus.REJECTED.equals(job.status)) {
                new FieldErrors().add(STATUS, "cannot change; a rejected job stays rejected").throwIfAny();
            }
        });
    }

    /**
     * Accepts an offered job for its organization (seed: "Job Offers"): with an appointment it is scheduled and the
     * appointment created, scheduled, in the same transaction ({@code appointment.user_id} an active technician of the
     * job's organization, else a 422 naming it); without, unscheduled. A job source or a dispatcher of the
     * organization may; a job that is not offered is a 422 naming status.
     */
    public Uni<Shown> accept(TokenPrincipal principal, long id, AcceptJobRequest request) {
        AcceptJobRequest.Appointment requested = request == null ? null : request.appointment();
        return answerOffer(principal, id, (transaction, job) -> {
            if (requested == null) {
                job.status = JobStatus.UNSCHEDULED;
                return changes.save(transaction, job, JobEvent.ACCEPTED);
            }
            job.status = JobStatus.SCHEDULED;
            return appointments.requireAssignable(transaction, job.accountId, job.organizationId, requested.userId(),
                            "appointment.user_id")
                    .chain(() -> changes.save(transaction, job, JobEvent.ACCEPTED))
                    .call(saved -> appointments.create(transaction, AppointmentMapper.newAppointment(saved,
                            requested.userId(), AppointmentStatus.SCHEDULED, requested.time(), requested.duration(),
                            saved.updatedAt)));
        });
    }

    /** Rejects an offered job for its organization (seed: "Job Offers"); the same rules as {@link #accept}. */
    public Uni<Shown> reject(TokenPrincipal principal, long id) {
        return answerOffer(principal, id, (transaction, job) -> {
            job.status = JobStatus.REJECTED;
            return changes.save(transaction, job, JobEvent.REJECTED);
        });
    }

    private Uni<Shown> answerOffer(TokenPrincipal principal, long id,
                                   BiFunction<SqlConnection, Job, Uni<Job>> answer) {
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(job -> {
            if (principal.isUser() && !principal.hasRole(DISPATCHER)) {
                throw ApiException.forbidden("Only a dispatcher of the organization may answer a job offer");
            }
            if (!JobStatus.OFFERED.equals(job.status)) {
                new FieldErrors().add(STATUS, "must be offered to accept or reject the job; it is " + job.status)
                        .throwIfAny();
            }
            return answer.apply(transaction, job).chain(saved -> shown(transaction, saved));
        }));
    }

    /** The job's customer must be a live customer of the job's organization. */
    private Uni<Customer> requireCustomer(SqlConnection transaction, Job job) {
        return customers.findVisible(transaction,
                new Tenancy(job.accountId, Optional.of(job.organizationId), "job-service"), job.customerId).invoke(customer -> {
            if (customer == null) {
                new FieldErrors().add(CUSTOMER_ID, "must be a customer of the job's organization").throwIfAny();
            }
        });
    }

    private Uni<Shown> shown(SqlClient client, Job job) {
        return customers.findByIds(client, job.accountId, List.of(job.customerId))
                .map(byId -> new Shown(job, byId.get(job.customerId)));
    }

    private Uni<Job> locked(SqlConnection transaction, TokenPrincipal principal, long id) {
        return jobs.findVisibleForUpdate(transaction, Tenancy.of(principal), id)
                .onItem().ifNull().failWith(JobService::notFound);
    }

    private static ApiException notFound() {
        return ApiException.notFound("Job");
    }
}
