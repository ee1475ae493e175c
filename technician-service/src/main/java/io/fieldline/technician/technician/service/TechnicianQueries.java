package io.fieldline.technician.technician.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.fieldline.platform.list.PageRequest;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.technician.technician.rest.TechnicianDetail;
import io.fieldline.technician.technician.rest.TechnicianSummary;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static io.fieldline.platform.list.Predicate.EQ;

/**
 * The read side of the technicians API, in plain SQL: technicians are the workforce users with the technician role,
 * always within the principal's account and, for a user token, its organization.
 */
@ApplicationScoped
public class TechnicianQueries {

    private static final int DEFAULT_PER_PAGE = 50;
    private static final String STATUS = "CASE WHEN deactivated_at IS NULL THEN 'Active' ELSE 'Inactive' END";
    private static final String AVAILABILITY = "CASE WHEN deactivated_at IS NULL THEN availability_status ELSE 'Offline' END";
    private static final String COLUMNS = "id, first_name, last_name, email, phone_number, " + STATUS + " AS status, "
            + AVAILABILITY + " AS availability, vehicle_type, transport_modes, created_at, updated_at";
    private static final String ONE = "SELECT " + COLUMNS + " FROM workforce_user WHERE account_id = $1 AND is_technician"
            + " AND ($2::bigint IS NULL OR organization_id = $2) AND id = $3";

    /**
     * The list's parameters (seed: technicians-read-api): {@code page}, {@code per_page} (default 50, at most 100),
     * {@code status} (Active or Inactive) and {@code availability_status} (Available, Busy or Offline), any case.
     */
    public static final ListSpec<PageRequest> LIST = ListSpec.pages(DEFAULT_PER_PAGE,
                    Filter.on("status", STATUS, AttributeType.words("Active", "Inactive"), EQ),
                    Filter.on("availability_status", AVAILABILITY, AttributeType.words("Available", "Busy", "Offline"), EQ))
            .withParameter("status", "status", EQ)
            .withParameter("availability_status", "availability_status", EQ);

    private static final String SKILLS = """
            SELECT s.skill_category_id, c.name, s.skill_level FROM technician_skill s
            JOIN skill_category c ON c.id = s.skill_category_id WHERE s.user_id = $1 ORDER BY c.name""";
    private static final String SCHEDULE = """
            SELECT day_of_week, start_time, end_time, is_available FROM weekly_schedule
            WHERE user_id = $1 ORDER BY day_of_week""";
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Pool pool;

    public TechnicianQueries(Pool pool) {
        this.pool = pool;
    }

    /** A page of the tenancy's technicians, by id, and how many match in all. */
    public Uni<ListPage<TechnicianSummary, PageRequest>> list(Tenancy tenancy, ListRequest<PageRequest> request) {
        return ListQuery.forTenant(tenancy, "account_id", "organization_id")
                .select(COLUMNS).from("workforce_user").where("is_technician").orderBy("id")
                .fetch(pool, request, TechnicianQueries::summary);
    }

    /** One technician of the tenancy with skills and schedule; 404 when there is none such. */
    public Uni<TechnicianDetail> get(Tenancy tenancy, long id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(tenancy.accountId(), tenancy.organizationId().orElse(null), id))
                .chain(found -> {
                    if (found.size() == 0) {
                        return Uni.createFrom().failure(ApiException.notFound("Technician"));
                    }
                    Row technician = found.iterator().next();
                    return Uni.combine().all()
                            .unis(pool.preparedQuery(SKILLS).execute(Tuple.of(id)),
                                    pool.preparedQuery(SCHEDULE).execute(Tuple.of(id)))
                            .with((skills, schedule) -> detail(technician, skills, schedule));
                });
    }

    private static TechnicianSummary summary(Row row) {
        return new TechnicianSummary(row.getLong("id"), row.getString("first_name"), row.getString("last_name"),
                row.getString("status"), row.getString("availability"), row.getString("vehicle_type"), transportModes(row),
                timestamp(row, "created_at"), timestamp(row, "updated_at"));
    }

    private static TechnicianDetail detail(Row row, RowSet<Row> skillRows, RowSet<Row> scheduleRows) {
        List<TechnicianDetail.Skill> skills = new ArrayList<>();
        skillRows.forEach(skill -> skills.add(new TechnicianDetail.Skill(skill.getLong("skill_category_id"),
                skill.getString("name"), skill.getInteger("skill_level"))));
        List<TechnicianDetail.ScheduleDay> schedule = new ArrayList<>();
        scheduleRows.forEach(day -> schedule.add(new TechnicianDetail.ScheduleDay(day.getInteger("day_of_week"),
                day.getLocalTime("start_time").format(TIME_OF_DAY), day.getLocalTime("end_time").format(TIME_OF_DAY),
                day.getBoolean("is_available"))));
        return new TechnicianDetail(row.getLong("id"), row.getString("first_name"), row.getString("last_name"),
                row.getString("email"), row.getString("phone_number"), row.getString("status"), row.getString("availability"),
                row.getString("vehicle_type"), transportModes(row), skills, schedule,
                timestamp(row, "created_at"), timestamp(row, "updated_at"));
    }

    private static List<String> transportModes(Row row) {
        String modes = row.getString("transport_modes");
        return modes.isBlank() ? List.of() : List.of(modes.trim().split("\\s+"));
    }

    /** ISO 8601 UTC to the second, as the API document shows. */
    private static String timestamp(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
