package io.fieldline.identity.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.paging.LimitOffset;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /admin/audit-events}: the audit trail, newest first, optionally of one account, one action or one request
 * (by its {@code X-Request-Id}).
 */
@Path("/admin/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditResource {

    record AuditEvent(String id, @JsonProperty("occurred_at") String occurredAt, String action, String outcome,
                      @JsonProperty("account_id") Long accountId, String actor, String target,
                      @JsonProperty("client_ip") String clientIp, @JsonProperty("request_id") String requestId,
                      Map<String, Object> details) {
    }

    private static final String FILTER = """
            WHERE ($1::bigint IS NULL OR account_id = $1) AND ($2::text IS NULL OR action = $2)
              AND ($3::text IS NULL OR request_id = $3)""";

    private final Pool pool;
    private final ObjectMapper json;

    public AuditResource(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    @GET
    public Uni<Map<String, Object>> list(@QueryParam("account_id") String accountId, @QueryParam("action") String action,
                                         @QueryParam("request_id") String requestId, @QueryParam("limit") String limit,
                                         @QueryParam("offset") String offset) {
        LimitOffset page = LimitOffset.parse(limit, offset);
        Long account = accountId(accountId);
        Tuple filter = Tuple.of(account, action, requestId);
        return pool.preparedQuery("SELECT count(*) AS total FROM audit_event " + FILTER).execute(filter)
                .chain(count -> pool.preparedQuery("""
                                SELECT id, occurred_at, action, outcome, account_id, actor, target, client_ip, request_id,
                                       details::text AS details
                                FROM audit_event %s ORDER BY occurred_at DESC, id LIMIT $4 OFFSET $5""".formatted(FILTER))
                        .execute(Tuple.of(account, action, requestId, page.limit(), page.offset()))
                        .map(rows -> {
                            List<AuditEvent> events = new ArrayList<>();
                            rows.forEach(row -> events.add(toEvent(row)));
                            return page.envelope("audit_events", events, count.iterator().next().getLong("total"));
                        }));
    }

    private static Long accountId(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException notANumber) {
            new FieldErrors().add("account_id", "must be an integer").throwIfAny();
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private AuditEvent toEvent(Row row) {
        Map<String, Object> details;
        try {
            details = json.readValue(row.getString("details"), Map.class);
        } catch (Exception unreadable) {
            throw new IllegalStateException("audit details are not JSON", unreadable);
        }
        return new AuditEvent(row.getUUID("id").toString(), AdminViews.time(row.getOffsetDateTime("occurred_at")),
                row.getString("action"), row.getString("outcome"), row.getLong("account_id"), row.getString("actor"),
                row.getString("target"), row.getString("client_ip"), row.getString("request_id"), details);
    }
}
