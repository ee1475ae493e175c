package io.fieldline.job.appointment.service;

import io.fieldline.events.JobEvent;
import io.fieldline.job.appointment.Appointment;
import io.fieldline.job.appointment.AppointmentStatus;
import io.fieldline.job.appointment.mapping.AppointmentMapper;
import io.fieldline.job.appointment.repository.AppointmentRepository;
import io.fieldline.job.appointment.rest.CreateAppointmentRequest;
import io.fieldline.job.appointment.rest.UpdateAppointmentRequest;
import io.fieldline.job.job.Job;
import io.fieldline.job.job.JobStatus;
import io.fieldline.job.job.repository.JobRepository;
import io.fieldline.job.job.service.JobChanges;
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
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules for appointments (seed: Appointments). An appointment belongs to a job of the caller's reach (a job
 * source's account, a user's organization) that is neither offered nor rejected, and to that job's organization; its
 * {@code user_id} is an active technician of that organization. Statuses move freely; an appointment that becomes
 * {@code scheduled} makes its job {@code scheduled} in the same transaction (seed: "Special Status Behavior").
 * Dispatchers and job sources write; a technician-only user reads its organization's appointments and changes only the
 * status of its own (issue 10). A change locks the job before the appointment, as canceling a job does, so the two
 * never wait on each other.
 */
@ApplicationScoped
public class AppointmentService {

    private static final String JOB_ID = "job_id";
    private static final String USER_ID = "user_id";
    private static final String DISPATCHER = "dispatcher";

    private final Pool pool;
    private final AppointmentRepository appointments;
    private final AppointmentChanges changes;
    private final JobRepository jobs;
    private final JobChanges jobChanges;

    public AppointmentService(Pool pool, AppointmentRepository appointments, AppointmentChanges changes,
                              JobRepository jobs, JobChanges jobChanges) {
        this.pool = pool;
        this.appointments = appointments;
        this.changes = changes;
        this.jobs = jobs;
        this.jobChanges = jobChanges;
    }

    /** Creates an appointment of a job the principal reaches; 422 naming {@code job_id} or {@code user_id}. */
    public Uni<Appointment> create(TokenPrincipal principal, CreateAppointmentRequest request) {
        requireWriter(principal, "create");
        return pool.withTransaction(transaction -> jobs.findVisibleForUpdate(transaction, Tenancy.of(principal),
                        request.jobId())
                .invoke(job -> requireSchedulable(principal, job))
                .call(job -> changes.requireAssignable(transaction, job.accountId, job.organizationId,
                        request.userId(), USER_ID))
                .chain(job -> changes.create(transaction, AppointmentMapper.newAppointment(job, request.userId(),
                                request.status(), request.time(), request.duration(), SqlTimes.now()))
                        .call(created -> scheduleJobIfScheduled(transaction, job, created))));
    }

    /** The appointment, if the principal may see it; 404 otherwise. */
    public Uni<Appointment> get(TokenPrincipal principal, long id) {
        return appointments.findVisible(pool, Tenancy.of(principal), id)
                .onItem().ifNull().failWith(AppointmentService::notFound);
    }

    /** A page of the appointments the principal may see (seed: Appointments, "Query Parameters"). */
    public Uni<ListPage<Appointment, LimitOffset>> list(TokenPrincipal principal, Map<String, List<String>> query) {
        return appointments.list(Tenancy.of(principal), AppointmentRepository.LIST.read(query));
    }

    /**
     * Applies the changes. {@code job_id} is not updatable (422); a technician-only user may change only the
     * {@code status} of an appointment assigned to it (403 otherwise).
     */
    public Uni<Appointment> update(TokenPrincipal principal, long id, UpdateAppointmentRequest request) {
        if (Patch.given(request.jobId())) {
            new FieldErrors().add(JOB_ID, "cannot be changed; an appointment stays with its job").throwIfAny();
        }
        boolean technicianOnly = isTechnicianOnly(principal);
        if (technicianOnly && (Patch.given(request.userId()) || Patch.given(request.time())
                || Patch.given(request.duration()))) {
            throw ApiException.forbidden("A technician may change only the status of its own appointments");
        }
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(locked -> {
            Appointment appointment = locked.appointment();
            if (technicianOnly && !principal.userId().equals(Optional.ofNullable(appointment.userId))) {
                throw ApiException.forbidden("A technician may change only the status of its own appointments");
            }
            String statusBefore = appointment.status;
            Long userBefore = appointment.userId;
            if (!AppointmentMapper.applyChanges(request, appointment)) {
                return Uni.createFrom().item(appointment);
            }
            Uni<Void> userChecked = appointment.userId == null || appointment.userId.equals(userBefore)
                    ? Uni.createFrom().voidItem()
                    : changes.requireAssignable(transaction, appointment.accountId, appointment.organizationId,
                    appointment.userId, USER_ID);
            return userChecked.chain(() -> changes.save(transaction, appointment))
                    .call(saved -> AppointmentStatus.SCHEDULED.equals(statusBefore) ? Uni.createFrom().voidItem()
                            : scheduleJobIfScheduled(transaction, locked.job(), saved));
        }));
    }

    /** Deletes the appointment for good (seed: Appointments, "Delete Appointment"); dispatchers and job sources only. */
    public Uni<Void> delete(TokenPrincipal principal, long id) {
        requireWriter(principal, "delete");
        return pool.withTransaction(transaction -> locked(transaction, principal, id)
                .chain(locked -> changes.delete(transaction, locked.appointment())));
    }

    /** An appointment and its job, each locked, the job first. */
    private record Locked(Job job, Appointment appointment) {
    }

    private Uni<Locked> locked(SqlConnection transaction, TokenPrincipal principal, long id) {
        Tenancy tenancy = Tenancy.of(principal);
        return appointments.findVisible(transaction, tenancy, id).onItem().ifNull().failWith(AppointmentService::notFound)
                .chain(found -> jobs.findVisibleForUpdate(transaction, tenancy, found.jobId))
                .chain(job -> appointments.findVisibleForUpdate(transaction, tenancy, id)
                        .onItem().ifNull().failWith(AppointmentService::notFound)
                        .map(appointment -> new Locked(job, appointment)));
    }

    /** Seed: "Special Status Behavior": scheduling an appointment schedules its job. */
    private Uni<Void> scheduleJobIfScheduled(SqlConnection transaction, Job job, Appointment appointment) {
        if (!AppointmentStatus.SCHEDULED.equals(appointment.status) || JobStatus.SCHEDULED.equals(job.status)) {
            return Uni.createFrom().voidItem();
        }
        job.status = JobStatus.SCHEDULED;
        return jobChanges.save(transaction, job, JobEvent.UPDATED).replaceWithVoid();
    }

    /**
     * A job takes appointments unless it is an offer (accepting it with an appointment schedules it) or rejected
     * (read-only); a job out of reach is named, not confirmed.
     */
    private static void requireSchedulable(TokenPrincipal principal, Job job) {
        if (job == null) {
            new FieldErrors().add(JOB_ID, principal.isUser() ? "must be a job of your organization"
                    : "must be a job of your account").throwIfAny();
        } else if (JobStatus.OFFERED.equals(job.status)) {
            new FieldErrors().add(JOB_ID, "must not be an offer; accept it with an appointment instead"
                    + " (POST /v3/jobs/:id/accept)").throwIfAny();
        } else if (JobStatus.REJECTED.equals(job.status)) {
            new FieldErrors().add(JOB_ID, "must not be a rejected job; it is read-only").throwIfAny();
        }
    }

    private static void requireWriter(TokenPrincipal principal, String action) {
        if (isTechnicianOnly(principal)) {
            throw ApiException.forbidden("Only a dispatcher of the organization may " + action + " appointments");
        }
    }

    /** A user token without the dispatcher role: it reads, and changes the status of its own appointments only. */
    private static boolean isTechnicianOnly(TokenPrincipal principal) {
        return principal.isUser() && !principal.hasRole(DISPATCHER);
    }

    private static ApiException notFound() {
        return ApiException.notFound("Appointment");
    }
}
