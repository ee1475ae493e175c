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
import java.util.Arrays;
import java.util.UUID;

/**
 * Records audit entries in {@code audit_event} and publishes each on {@value AuditEvent#TOPIC} through the outbox, both
 * in one statement: on a pool it stands alone, on a connection it joins that connection's transaction.
 */
@ApplicationScoped
public class AuditTrail {

    // the outbox row follows platform's outbox_event; events of an account stay in order (keyed by account, 0 when
    // the request named no known account)
    private static final String INSERT = """
            WITH audit AS (
                INSERT INTO audit_event (id, occurred_at, action, outcome, account_id, actor, target, client_ip,
                                         request_id, details)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, cast($10::text AS jsonb)))
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)
            VALUES ($1, $11, coalesce($5, 0)::text, $12, $3, coalesce($5, 0), $2, cast($13::text AS jsonb))""";

    private final ObjectMapper json;

    public AuditTrail(ObjectMapper json) {
        this.json = json;
    }

    public Uni<Void> record(SqlClient client, AuditEntry entry) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Origin origin = entry.origin() == null ? Origin.INTERNAL : entry.origin();
        AuditEvent event = new AuditEvent(id.toString(), now.toInstant(), entry.action(), entry.outcome(),
                entry.accountId(), entry.actor(), entry.target(), origin.clientIp(), origin.requestId(), entry.details());
        return client.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(id, now, entry.action(), entry.outcome(),
                        entry.accountId(), entry.actor(), entry.target(), origin.clientIp(), origin.requestId(),
                        write(entry.details()), AuditEvent.TOPIC, AuditEvent.RECORDED, write(event))))
                .replaceWithVoid();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serializable", e);
        }
    }
}
