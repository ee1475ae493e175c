package io.fieldline.job.job.service;

import io.fieldline.events.EventType;
import io.fieldline.events.JobEvent;
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
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
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
import java.util.function.Consumer;

/**
 * The rules for jobs (seed: Jobs, "Job Offers"). A job belongs to one live organization of the account (for a user
 * token, its own) and to a live customer of that organization. {@code offered} leaves only through
 * {@link #accept}/{@link #reject}; other statuses move freely; a rejected job is read-only for the organization's
 * users. Every change grows the version and leaves with its event in the same transaction.
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
    private final CustomerRepository customers;
    private final OrganizationService organizations;
    private final Outbox outbox;

    public JobService(Pool pool, JobRepository jobs, CustomerRepository customers,
                      OrganizationService organizations, Outbox outbox) {
        this.pool = pool;
        this.jobs = jobs;
        this.customers = customers;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    /** Creates a job; external ids are for job sources only. */
    public Uni<Shown> create(TokenPrincipal principal, CreateJobRequest request) {
        if (principal.isUser() && request.externalIds() != null) {
            new FieldErrors().add(ExternalIds.FIELD, ExternalIds.JOB_SOURCES_ONLY).throwIfAny();
        }
        Job candidate = JobMapper.newJob(principal.accountId(), request, SqlTimes.now());
        return pool.withTransaction(transaction -> organizations.requireReachable(transaction, principal, candidate.organizationId)
                .chain(() -> requireCustomer(transaction, candidate))
                .chain(customer -> jobs.insert(transaction, candidate)
                        .call(job -> record(transaction, job, JobEvent.CREATED))
                        .map(job -> new Shown(job, customer))));
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
     * an offered job's status changes only through accept or reject (422); a rejected job is read-only for users
     * (403).
     */
    public Uni<Shown> update(TokenPrincipal principal, long id, UpdateJobRequest changes) {
        FieldErrors errors = new FieldErrors();
        if (Patch.given(changes.organizationId())) {
            errors.add(ORGANIZATION_ID, "cannot be changed; a job stays with its organization");
        }
        if (Patch.given(changes.externalIds())) {
            errors.add(ExternalIds.FIELD, "cannot be changed");
        }
        if (Patch.given(changes.brandId())) {
            errors.add("brand_id", "cannot be changed");
        }
        errors.throwIfAny();
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(job -> {
            if (principal.isUser() && JobStatus.REJECTED.equals(job.status)) {
                throw ApiException.forbidden("A rejected job is read-only for the organization's users");
            }
            Patch.value(changes.status()).filter(status -> JobStatus.OFFERED.equals(job.status)
                            && !JobStatus.OFFERED.equals(status))
                    .ifPresent(status -> new FieldErrors().add(STATUS, "cannot leave offered by an update;"
                            + " accept or reject the job (POST /v3/jobs/:id/accept or /reject)").throwIfAny());
            if (!JobMapper.applyChanges(changes, job)) {
                return shown(transaction, job);
            }
            Uni<Void> customerChecked = Patch.given(changes.customerId())
                    ? requireCustomer(transaction, job).replaceWithVoid() : Uni.createFrom().voidItem();
            return customerChecked.chain(() -> changed(transaction, job, JobEvent.UPDATED))
                    .chain(saved -> shown(transaction, saved));
        }));
    }

    /**
     * Accepts an offered job for its organization (seed: "Job Offers"): with an appointment it is scheduled, the
     * appointment kept on the job; without, unscheduled. A job source or a dispatcher of the organization may; a job
     * that is not offered is a 422 naming status.
     */
    public Uni<Shown> accept(TokenPrincipal principal, long id, AcceptJobRequest request) {
        return answerOffer(principal, id, JobEvent.ACCEPTED, job -> {
            job.acceptedAppointment = JobMapper.requestedAppointment(request);
            job.status = job.acceptedAppointment == null ? JobStatus.UNSCHEDULED : JobStatus.SCHEDULED;
        });
    }

    /** Rejects an offered job for its organization (seed: "Job Offers"); the same rules as {@link #accept}. */
    public Uni<Shown> reject(TokenPrincipal principal, long id) {
        return answerOffer(principal, id, JobEvent.REJECTED, job -> job.status = JobStatus.REJECTED);
    }

    private Uni<Shown> answerOffer(TokenPrincipal principal, long id, EventType<JobEvent> type,
                                   Consumer<Job> answer) {
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(job -> {
            if (principal.isUser() && !principal.hasRole(DISPATCHER)) {
                throw ApiException.forbidden("Only a dispatcher of the organization may answer a job offer");
            }
            if (!JobStatus.OFFERED.equals(job.status)) {
                new FieldErrors().add(STATUS, "must be offered to accept or reject the job; it is " + job.status)
                        .throwIfAny();
            }
            answer.accept(job);
            return changed(transaction, job, type).chain(saved -> shown(transaction, saved));
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

    private Uni<Job> changed(SqlConnection transaction, Job job, EventType<JobEvent> type) {
        job.version++;
        job.updatedAt = SqlTimes.now();
        return jobs.update(transaction, job).call(saved -> record(transaction, saved, type));
    }

    private Uni<Void> record(SqlConnection transaction, Job job, EventType<JobEvent> type) {
        return outbox.record(transaction, new ChangeEvent<>(type, String.valueOf(job.id), job.accountId,
                JobMapper.toEvent(job)));
    }

    private static ApiException notFound() {
        return ApiException.notFound("Job");
    }
}
