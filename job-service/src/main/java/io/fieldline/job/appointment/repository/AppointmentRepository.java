package io.fieldline.job.appointment.repository;

import io.fieldline.job.sql.TenancyScopedRows;
import io.fieldline.job.appointment.Appointment;
import io.fieldline.job.appointment.AppointmentStatus;
import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.fieldline.platform.security.Tenancy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.fieldline.job.sql.SqlTimes.instant;
import static io.fieldline.job.sql.SqlTimes.utc;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;
import static io.fieldline.platform.list.Predicate.NULL;

/**
 * The {@code appointment} table. Every query is scoped by account and, for a user token, by the user's organization.
 */
@ApplicationScoped
public class AppointmentRepository {

    /** {@code GET /v3/appointments}, exactly the seed's parameters (seed: Appointments, "Query Parameters"). */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
            Filter.on("job_id", "job_id", AttributeType.LONG, EQ, IN),
            Filter.on("organization_id", "organization_id", AttributeType.LONG, EQ),
            Filter.on("status", "status", AttributeType.words(AppointmentStatus.ALL.toArray(String[]::new)), EQ, IN),
            Filter.on("time", "starts_at", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ),
            Filter.on("user_id", "user_id", AttributeType.LONG, EQ, IN, NULL));

    private static final String COLUMNS = """
            id, account_id, organization_id, job_id, user_id, status, starts_at, duration, version, created_at,
            updated_at""";
    private static final String VISIBLE = "SELECT " + COLUMNS + " FROM appointment"
            + " WHERE id = $1 AND account_id = $2 AND ($3::bigint IS NULL OR organization_id = $3)";
    private static final String OF_JOB_NOT_CANCELED = "SELECT " + COLUMNS + " FROM appointment"
            + " WHERE account_id = $1 AND job_id = $2 AND status <> '" + AppointmentStatus.CANCELED + "'"
            + " ORDER BY id FOR UPDATE";
    private static final String INSERT = """
            INSERT INTO appointment (account_id, organization_id, job_id, user_id, status, starts_at, duration, version,
                                     created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id""";
    private static final String UPDATE = """
            UPDATE appointment SET user_id = $3, status = $4, starts_at = $5, duration = $6, version = $7,
                   updated_at = $8
             WHERE id = $1 AND account_id = $2""";
    private static final String DELETE = "DELETE FROM appointment WHERE id = $1 AND account_id = $2";

    private final Pool pool;

    public AppointmentRepository(Pool pool) {
        this.pool = pool;
    }

    /** The appointment {@code id} of the tenancy; null when there is none such. */
    public Uni<Appointment> findVisible(SqlClient client, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(client, VISIBLE, tenancy, id, AppointmentRepository::first);
    }

    /** The appointment {@code id} of the tenancy, locked until the transaction ends; null when there is none such. */
    public Uni<Appointment> findVisibleForUpdate(SqlClient transaction, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(transaction, VISIBLE + " FOR UPDATE", tenancy, id, AppointmentRepository::first);
    }

    /** The job's appointments that are not canceled, by id, locked until the transaction ends. */
    public Uni<List<Appointment>> findOfJobNotCanceledForUpdate(SqlClient transaction, long accountId, long jobId) {
        return transaction.preparedQuery(OF_JOB_NOT_CANCELED).execute(Tuple.of(accountId, jobId)).map(rows -> {
            List<Appointment> appointments = new ArrayList<>(rows.size());
            rows.forEach(row -> appointments.add(appointment(row)));
            return appointments;
        });
    }

    /** Writes a new appointment and sets its id. */
    public Uni<Appointment> insert(SqlClient transaction, Appointment appointment) {
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(appointment.accountId,
                        appointment.organizationId, appointment.jobId, appointment.userId, appointment.status,
                        utc(appointment.time), appointment.duration, appointment.version, utc(appointment.createdAt),
                        utc(appointment.updatedAt))))
                .map(rows -> {
                    appointment.id = rows.iterator().next().getLong("id");
                    return appointment;
                });
    }

    /** Writes every changeable attribute of a stored appointment. */
    public Uni<Appointment> update(SqlClient transaction, Appointment appointment) {
        return transaction.preparedQuery(UPDATE).execute(Tuple.from(Arrays.asList(appointment.id,
                        appointment.accountId, appointment.userId, appointment.status, utc(appointment.time),
                        appointment.duration, appointment.version, utc(appointment.updatedAt))))
                .replaceWith(appointment);
    }

    /** Removes a stored appointment for good. */
    public Uni<Void> delete(SqlClient transaction, Appointment appointment) {
        return transaction.preparedQuery(DELETE).execute(Tuple.of(appointment.id, appointment.accountId))
                .replaceWithVoid();
    }

    /** A page of the tenancy's appointments by id, and how many match in all. */
    public Uni<ListPage<Appointment, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        return ListQuery.forTenant(tenancy, "account_id", "organization_id").select(COLUMNS).from("appointment")
                .orderBy("id").fetch(pool, request, AppointmentRepository::appointment);
    }

    private static Appointment first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : appointment(rows.iterator().next());
    }

    private static Appointment appointment(Row row) {
        Appointment appointment = new Appointment();
        appointment.id = row.getLong("id");
        appointment.accountId = row.getLong("account_id");
        appointment.organizationId = row.getLong("organization_id");
        appointment.jobId = row.getLong("job_id");
        appointment.userId = row.getLong("user_id");
        appointment.status = row.getString("status");
        appointment.time = instant(row.getOffsetDateTime("starts_at"));
        appointment.duration = row.getInteger("duration");
        appointment.version = row.getLong("version");
        appointment.createdAt = instant(row.getOffsetDateTime("created_at"));
        appointment.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        return appointment;
    }
}
