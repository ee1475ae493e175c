package io.fieldline.technician.technician.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.paging.PageRequest;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.technician.technician.TechnicianFilter;
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
import java.util.Arrays;
import java.util.List;

/**
 * The read side of the technicians API, in plain SQL: technicians are the workforce users with the technician role,
 * always within the principal's account and, for a user token, its organization.
 */
@ApplicationScoped
public class TechnicianQueries {

    private static final String ACTIVE = "(deactivated_at IS NULL)";
    private static final String AVAILABILITY = "(CASE WHEN deactivated_at IS NULL THEN availability_status ELSE 'Offline' END)";
    private static final String VISIBLE = " FROM workforce_user WHERE account_id = $1 AND is_technician"
            + " AND ($2::bigint IS NULL OR organization_id = $2)";
    private static final String FILTERED = VISIBLE + " AND ($3::boolean IS NULL OR " + ACTIVE + " = $3)"
            + " AND ($4::text IS NULL OR " + AVAILABILITY + " = $4)";
    private static final String COLUMNS = "SELECT id, first_name, last_name, email, phone_number, " + ACTIVE + " AS active, "
            + AVAILABILITY + " AS availability, vehicle_type, transport_modes, created_at, updated_at";
    private static final String PAGE = COLUMNS + FILTERED + " ORDER BY id LIMIT $5 OFFSET $6";
    private static final String COUNT = "SELECT count(*) AS total" + FILTERED;
    private static final String ONE = COLUMNS + VISIBLE + " AND id = $3";
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

    public Uni<TechnicianPage> list(TokenPrincipal principal, TechnicianFilter filter, PageRequest page) {
        List<Object> filters = Arrays.asList(principal.accountId(), principal.organizationId().orElse(null),
                filter.active().orElse(null), filter.availability().orElse(null));
        Uni<RowSet<Row>> rows = pool.preparedQuery(PAGE)
                .execute(Tuple.from(filters).addInteger(page.perPage()).addInteger(page.offset()));
        Uni<RowSet<Row>> count = pool.preparedQuery(COUNT).execute(Tuple.from(filters));
        return Uni.combine().all().unis(rows, count).with((found, total) -> {
            List<TechnicianSummary> technicians = new ArrayList<>(found.size());
            found.forEach(row -> technicians.add(summary(row)));
            return new TechnicianPage(technicians, total.iterator().next().getLong("total"));
        });
    }

    public Uni<TechnicianDetail> get(TokenPrincipal principal, long id) {
        return pool.preparedQuery(ONE).execute(Tuple.of(principal.accountId(), principal.organizationId().orElse(null), id))
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
                status(row), row.getString("availability"), row.getString("vehicle_type"), transportModes(row),
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
                row.getString("email"), e164(row.getString("phone_number")), status(row), row.getString("availability"),
                row.getString("vehicle_type"), transportModes(row), skills, schedule,
                timestamp(row, "created_at"), timestamp(row, "updated_at"));
    }

    private static String status(Row row) {
        return row.getBoolean("active") ? "Active" : "Inactive";
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

    /** The stored RFC 3966 number without its prefix and visual separators: E.164. */
    private static String e164(String phoneNumber) {
        return phoneNumber == null ? null : phoneNumber.replaceFirst("^tel:", "").replaceAll("[().\\- ]", "");
    }
}
