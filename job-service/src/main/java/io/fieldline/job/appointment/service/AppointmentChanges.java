package io.fieldline.job.appointment.service;

import io.fieldline.events.AppointmentEvent;
import io.fieldline.events.EventType;
import io.fieldline.job.appointment.Appointment;
import io.fieldline.job.appointment.AppointmentStatus;
import io.fieldline.job.appointment.mapping.AppointmentMapper;
import io.fieldline.job.appointment.repository.AppointmentRepository;
import io.fieldline.job.appointment.repository.AssignableTechnicians;
import io.fieldline.job.job.Job;
import io.fieldline.job.sql.SqlTimes;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes appointments with their events in the caller's transaction, for {@code /v3/appointments} and for the job
 * rules that create or cancel appointments (seed: "Job Offers", "Special Status Behavior").
 */
@ApplicationScoped
public class AppointmentChanges {

    /** The field error of a user who is no active technician of the job's organization. */
    public static final String NOT_ASSIGNABLE = "must be an active technician of the job's organization";

    private final AppointmentRepository appointments;
    private final AssignableTechnicians technicians;
    private final Outbox outbox;

    public AppointmentChanges(AppointmentRepository appointments, AssignableTechnicians technicians, Outbox outbox) {
        this.appointments = appointments;
        this.technicians = technicians;
        this.outbox = outbox;
    }

    /**
     * A 422 naming {@code field} unless {@code userId} is null or an active technician of the organization of the
     * account.
     */
    public Uni<Void> requireAssignable(SqlConnection transaction, long accountId, long organizationId, Long userId,
                                       String field) {
        if (userId == null) {
            return Uni.createFrom().voidItem();
        }
        return technicians.isAssignable(transaction, accountId, organizationId, userId).invoke(assignable -> {
            if (!assignable) {
                new FieldErrors().add(field, NOT_ASSIGNABLE).throwIfAny();
            }
        }).replaceWithVoid();
    }

    /** Writes a new appointment and its {@code created} event. */
    public Uni<Appointment> create(SqlConnection transaction, Appointment appointment) {
        return appointments.insert(transaction, appointment)
                .call(created -> record(transaction, created, AppointmentEvent.CREATED));
    }

    /** Writes a changed appointment, its version grown, and its {@code updated} event. */
    public Uni<Appointment> save(SqlConnection transaction, Appointment appointment) {
        grow(appointment);
        return appointments.update(transaction, appointment)
                .call(saved -> record(transaction, saved, AppointmentEvent.UPDATED));
    }

    /** Deletes the appointment for good; its last state, its version grown, leaves in its {@code deleted} event. */
    public Uni<Void> delete(SqlConnection transaction, Appointment appointment) {
        grow(appointment);
        return record(transaction, appointment, AppointmentEvent.DELETED)
                .chain(() -> appointments.delete(transaction, appointment));
    }

    /**
     * Cancels every appointment of the job that is not canceled yet, each with its {@code updated} event (seed:
     * "Special Status Behavior": canceling a job changes the status of all its appointments to canceled).
     */
    public Uni<Void> cancelAllOf(SqlConnection transaction, Job job) {
        return appointments.findOfJobNotCanceledForUpdate(transaction, job.accountId, job.id)
                .onItem().transformToMulti(found -> Multi.createFrom().iterable(found))
                .onItem().transformToUniAndConcatenate(appointment -> {
                    appointment.status = AppointmentStatus.CANCELED;
                    return save(transaction, appointment);
                })
                .collect().last().replaceWithVoid();
    }

    private static void grow(Appointment appointment) {
        appointment.version++;
        appointment.updatedAt = SqlTimes.now();
    }

    private Uni<Void> record(SqlConnection transaction, Appointment appointment,
                             EventType<AppointmentEvent> type) {
        return outbox.record(transaction, new ChangeEvent<>(type, String.valueOf(appointment.id),
                appointment.accountId, AppointmentMapper.toEvent(appointment)));
    }
}
