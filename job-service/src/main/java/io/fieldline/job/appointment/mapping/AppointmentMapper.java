package io.fieldline.job.appointment.mapping;

import io.fieldline.events.AppointmentEvent;
import io.fieldline.job.appointment.Appointment;
import io.fieldline.job.appointment.AppointmentTimes;
import io.fieldline.job.appointment.rest.AppointmentRules;
import io.fieldline.job.appointment.rest.AppointmentView;
import io.fieldline.job.appointment.rest.UpdateAppointmentRequest;
import io.fieldline.job.job.Job;
import io.fieldline.platform.validation.Patch;

import java.time.Instant;
import java.util.Objects;

/** Maps an appointment to what the API shows and what its events carry, and applies requests to it. */
public final class AppointmentMapper {

    private AppointmentMapper() {
    }

    public static AppointmentView toView(Appointment appointment) {
        return new AppointmentView(appointment.id, appointment.jobId, appointment.organizationId, appointment.status,
                appointment.time, appointment.duration, appointment.userId);
    }

    public static AppointmentEvent toEvent(Appointment appointment) {
        return new AppointmentEvent(appointment.id, appointment.accountId, appointment.organizationId,
                appointment.jobId, appointment.userId, appointment.status, appointment.time, appointment.duration,
                appointment.version, appointment.createdAt, appointment.updatedAt);
    }

    /**
     * A new appointment of the job, in its organization, from validated attributes: {@code time} an ISO-8601 timestamp
     * or null, {@code duration} in seconds or null for the default (seed: Appointments, "Attributes").
     */
    public static Appointment newAppointment(Job job, Long userId, String status, String time, Integer duration,
                                             Instant now) {
        Appointment appointment = new Appointment();
        appointment.accountId = job.accountId;
        appointment.organizationId = job.organizationId;
        appointment.jobId = job.id;
        appointment.userId = userId;
        appointment.status = status;
        appointment.time = time == null ? null : time(time);
        appointment.duration = Objects.requireNonNullElse(duration, AppointmentRules.DEFAULT_DURATION);
        appointment.createdAt = now;
        appointment.updatedAt = now;
        return appointment;
    }

    /** Applies the updatable attributes a validated PATCH body names; returns whether any stored attribute changed. */
    public static boolean applyChanges(UpdateAppointmentRequest changes, Appointment appointment) {
        boolean changed = Patch.apply(changes.userId(), appointment.userId, value -> appointment.userId = value);
        changed |= Patch.apply(changes.status(), appointment.status, value -> appointment.status = value);
        changed |= Patch.apply(changes.duration(), appointment.duration, value -> appointment.duration = value);
        if (Patch.given(changes.time())) {
            Instant time = Patch.value(changes.time()).map(AppointmentMapper::time).orElse(null);
            changed |= !Objects.equals(time, appointment.time);
            appointment.time = time;
        }
        return changed;
    }

    /** The instant of a time Bean Validation has already checked ({@code @IsoTimestamp}). */
    private static Instant time(String validated) {
        return AppointmentTimes.parse(validated).orElseThrow();
    }
}
