package io.fieldline.identity.audit.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.identity.admin.IsoTimes;
import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.rest.AuditEventView;
import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;
import static io.fieldline.platform.list.Predicate.NULL;

/** The {@code audit_event} table as operators read it, newest first. */
@ApplicationScoped
public class AuditEventRepository {

    /**
     * {@code GET /admin/audit-events}: {@code filter[...]} on account, action, outcome, actor, target, request id and
     * time; the plain {@code account_id}, {@code action} and {@code request_id} parameters (README) stand for
     * {@code _eq}.
     */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
                    Filter.on("account_id", "account_id", AttributeType.LONG, EQ, IN, NULL),
                    Filter.on("action", "action", AttributeType.TEXT, EQ, IN, CONTAINS),
                    Filter.on("outcome", "outcome", AttributeType.words(AuditEntry.SUCCESS, AuditEntry.REFUSED), EQ),
                    Filter.on("actor", "actor", AttributeType.TEXT, EQ, NULL),
                    Filter.on("target", "target", AttributeType.TEXT, EQ),
                    Filter.on("request_id", "request_id", AttributeType.TEXT, EQ),
                    Filter.on("occurred_at", "occurred_at", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ))
            .withParameter("account_id", "account_id", EQ)
            .withParameter("action", "action", EQ)
            .withParameter("request_id", "request_id", EQ);

    private static final String COLUMNS = """
            id, occurred_at, action, outcome, account_id, actor, target, client_ip, request_id, details::text AS details""";
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    public AuditEventRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** A page of the entries of every account, newest first: operators read the audit across tenants. */
    public Uni<ListPage<AuditEventView, LimitOffset>> list(ListRequest<LimitOffset> request) {
        return ListQuery.acrossAccounts().select(COLUMNS).from("audit_event").orderBy("occurred_at DESC, id")
                .fetch(pool, request, this::view);
    }

    private AuditEventView view(Row row) {
        Map<String, Object> details;
        try {
            details = json.readValue(row.getString("details"), DETAILS);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("audit details are not JSON", unreadable);
        }
        return new AuditEventView(row.getUUID("id").toString(), IsoTimes.of(row.getOffsetDateTime("occurred_at")),
                row.getString("action"), row.getString("outcome"), row.getLong("account_id"), row.getString("actor"),
                row.getString("target"), row.getString("client_ip"), row.getString("request_id"), details);
    }
}
