package io.fieldline.identity.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.AuditEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Records audit entries in {@code audit_event} and publishes each on {@value AuditEvent#TOPIC} through the outbox, in
 * one statement: on a pool it stands alone, on a connection it joins that connection's transaction. The statement can
 * also carry the change it audits ({@link #after}), so that a token is stored and audited in one round trip, and
 * audited only if it was stored.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String STANDALONE = statement("", null, 0);

    private final ObjectMapper json;

    public AuditTrail(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A statement that runs {@code effect}, data-modifying common table expressions using parameters {@code $1} to
     * {@code $<effectParameters>}, and records an audit entry if, and only if, the last of them, {@code last},
     * returned a row. Build it once, as a constant, and run it with {@link #recordAfter}.
     */
    public static String after(String effect, String last, int effectParameters) {
        return statement(effect + ",\n", last, effectParameters);
    }

    /** Records the entry alone. */
    public Uni<Void> record(SqlClient client, AuditEntry entry) {
        return client.preparedQuery(STANDALONE).execute(Tuple.from(parameters(List.of(), entry))).replaceWithVoid();
    }

    /**
     * Runs a statement made by {@link #after} with its effect's parameters; true when the effect took place, and so
     * the entry was recorded.
     */
    public Uni<Boolean> recordAfter(SqlClient client, String statement, List<Object> effectParameters, AuditEntry entry) {
        return client.preparedQuery(statement).execute(Tuple.from(parameters(effectParameters, entry)))
                .map(rows -> rows.rowCount() == 1);
    }

    // the outbox row follows platform's outbox_event; events of an account stay in order (keyed by account, 0 when
    // the request named no known account)
    private static String statement(String effect, String last, int offset) {
        String[] p = new String[14];
        for (int i = 1; i < p.length; i++) {
            p[i] = "$" + (offset + i);
        }
        return "WITH " + effect + """
                audit AS (
                    INSERT INTO audit_event (id, occurred_at, action, outcome, account_id, actor, target, client_ip,
                                             request_id, details)
                    SELECT %1$s::uuid, %2$s::timestamptz, %3$s::text, %4$s::text, %5$s::bigint, %6$s::text, %7$s::text,
                           %8$s::text, %9$s::text, cast(%10$s::text AS jsonb)%14$s
                    RETURNING id)
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)
                SELECT %1$s, %11$s::text, coalesce(%5$s, 0)::text, %12$s::text, %3$s, coalesce(%5$s, 0), %2$s,
                       cast(%13$s::text AS jsonb)
                FROM audit""".formatted(p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13],
                last == null ? "" : "\n    FROM " + last);
    }

    private List<Object> parameters(List<Object> effectParameters, AuditEntry entry) {
        UUID id = TimeOrderedIds.next();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Origin origin = entry.origin() == null ? Origin.INTERNAL : entry.origin();
        AuditEvent event = new AuditEvent(id.toString(), now.toInstant(), entry.action(), entry.outcome(),
                entry.accountId(), entry.actor(), entry.target(), origin.clientIp(), origin.requestId(), entry.details());
        List<Object> parameters = new ArrayList<>(effectParameters.size() + 13);
        parameters.addAll(effectParameters);
        parameters.addAll(Arrays.asList(id, now, entry.action(), entry.outcome(), entry.accountId(), entry.actor(),
                entry.target(), origin.clientIp(), origin.requestId(), write(entry.details()), AuditEvent.TOPIC,
                AuditEvent.RECORDED, write(event)));
        return parameters;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serializable", e);
        }
    }
}
