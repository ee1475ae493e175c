package io.fieldline.technician.userbulk.repository;

import io.fieldline.platform.security.Tenancy;
import io.fieldline.technician.user.User;
import io.fieldline.technician.userbulk.JsonText;
import io.fieldline.technician.userbulk.WorkspaceUser;
import io.fieldline.technician.userbulk.mapping.WorkspaceUserMapper;
import io.fieldline.technician.userbulk.rest.WorkspaceUserView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The users of the users bulk API, read in plain SQL, always within the tenancy's account and, for a user token, its
 * organization: one user by external id, and the delta feed of {@code modifiedsince} (V10__users_bulk.sql says why
 * it is ordered by transaction and sequence, never by time).
 */
@ApplicationScoped
public class UserFeed {

    private static final String COLUMNS = "u.id, u.account_id, u.organization_id, u.first_name, u.last_name, u.email,"
            + " u.phone_number, u.is_dispatcher, u.is_technician, u.created_at, u.updated_at, u.deactivated_at,"
            + " w.user_id AS own_id, w.external_id, w.user_type, w.initials, w.image, w.lat, w.lon, w.street_address,"
            + " w.unit, w.city, w.state, w.zip, w.skill_tags, w.teams, w.data, w.archived_at,"
            + " w.updated_at AS own_updated_at";

    private final Pool pool;

    public UserFeed(Pool pool) {
        this.pool = pool;
    }

    /** A page of the feed: its users in feed order, where the next page starts, and whether one is known to wait. */
    public record Page(List<WorkspaceUserView> users, FeedPosition next, boolean more) {
    }

    /** The tenancy's user with this external id, unless archived. */
    public Uni<Optional<WorkspaceUserView>> byExternalId(Tenancy tenancy, String externalId) {
        Tuple parameters = Tuple.of(tenancy.accountId(), externalId);
        String organization = tenancy.organizationId().map(id -> {
            parameters.addLong(id);
            return " AND u.organization_id = $3";
        }).orElse("");
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM workspace_user w JOIN workforce_user u ON u.id = w.user_id"
                        + " WHERE w.account_id = $1 AND w.external_id = $2 AND w.archived_at IS NULL" + organization)
                .execute(parameters)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    /**
     * Up to {@code limit} users changed after {@code after} (and, when given, at or after {@code since}), in the order
     * their changes committed. Only changes of transactions older than every transaction still running are read, so
     * a page never passes a change that has yet to commit. When the page is not full, the next one starts after every
     * change read, at the oldest running transaction.
     */
    public Uni<Page> changedAfter(Tenancy tenancy, FeedPosition after, Optional<Instant> since, int limit) {
        Tuple parameters = Tuple.of(tenancy.accountId(), after.transaction(), after.sequence());
        StringBuilder conditions = new StringBuilder();
        tenancy.organizationId().ifPresent(organization -> {
            parameters.addLong(organization);
            conditions.append(" AND u.organization_id = $").append(parameters.size());
        });
        since.ifPresent(time -> {
            parameters.addOffsetDateTime(OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
            conditions.append(" AND c.changed_at >= $").append(parameters.size());
        });
        parameters.addInteger(limit + 1);
        String sql = "SELECT h.horizon, f.* FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon) h"
                + " LEFT JOIN LATERAL (SELECT " + COLUMNS + ", c.change_xid, c.change_seq FROM user_change c"
                + " JOIN workforce_user u ON u.id = c.user_id LEFT JOIN workspace_user w ON w.user_id = c.user_id"
                + " WHERE c.account_id = $1 AND c.change_xid < h.horizon AND (c.change_xid, c.change_seq) > ($2, $3)"
                + conditions + " ORDER BY c.change_xid, c.change_seq LIMIT $" + parameters.size() + ") f ON true";
        return pool.preparedQuery(sql).execute(parameters).map(rows -> {
            List<WorkspaceUserView> users = new ArrayList<>();
            FeedPosition next = after;
            long horizon = 0;
            for (Row row : rows) {
                horizon = row.getLong("horizon");
                if (row.getLong("id") == null || users.size() == limit) {
                    continue;
                }
                users.add(view(row));
                next = new FeedPosition(row.getLong("change_xid"), row.getLong("change_seq"));
            }
            boolean more = rows.size() > limit;
            if (!more && horizon - 1 > next.transaction()) {
                next = new FeedPosition(horizon - 1, Long.MAX_VALUE);
            }
            return new Page(users, next, more);
        });
    }

    private static WorkspaceUserView view(Row row) {
        User user = new User();
        user.id = row.getLong("id");
        user.accountId = row.getLong("account_id");
        user.organizationId = row.getLong("organization_id");
        user.firstName = row.getString("first_name");
        user.lastName = row.getString("last_name");
        user.email = row.getString("email");
        user.phoneNumber = row.getString("phone_number");
        user.dispatcher = row.getBoolean("is_dispatcher");
        user.technician = row.getBoolean("is_technician");
        user.createdAt = instant(row, "created_at");
        user.updatedAt = instant(row, "updated_at");
        user.deactivatedAt = instant(row, "deactivated_at");
        return WorkspaceUserMapper.toView(user, row.getLong("own_id") == null ? null : workspaceUser(row));
    }

    private static WorkspaceUser workspaceUser(Row row) {
        WorkspaceUser own = new WorkspaceUser();
        own.userId = row.getLong("own_id");
        own.accountId = row.getLong("account_id");
        own.externalId = row.getString("external_id");
        own.userType = row.getString("user_type");
        own.initials = row.getString("initials");
        own.image = row.getString("image");
        own.lat = row.getDouble("lat");
        own.lon = row.getDouble("lon");
        own.streetAddress = row.getString("street_address");
        own.unit = row.getString("unit");
        own.city = row.getString("city");
        own.state = row.getString("state");
        own.zip = row.getString("zip");
        own.skillTags = JsonText.list(row.getString("skill_tags"));
        own.teams = JsonText.list(row.getString("teams"));
        own.data = JsonText.map(row.getString("data"));
        own.archivedAt = instant(row, "archived_at");
        own.updatedAt = instant(row, "own_updated_at");
        return own;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime time = row.getOffsetDateTime(column);
        return time == null ? null : time.toInstant();
    }
}
