package io.fieldline.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Records change events in the current transaction, so a change that commits always has its event and a rollback has none. */
@ApplicationScoped
public class Outbox {

    // data is bound as text: bound to a jsonb parameter, a Java string would be stored as a JSON string value
    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)
            VALUES (:eventId, :topic, :key, :type, :subject, :accountId, :occurredAt, cast(cast(:data AS text) AS jsonb))""";
    private static final String INSERT_SQL = """
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, subject, account_id, occurred_at, data)
            VALUES ($1, $2, $3, $4, $5, $6, $7, cast($8::text AS jsonb))""";

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Adds the event to the outbox within the current Hibernate Reactive transaction that makes the change. */
    public Uni<Void> record(ChangeEvent event) {
        String data = serialize(event);
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("eventId", UUID.randomUUID())
                        .setParameter("topic", event.topic())
                        .setParameter("key", event.entityId())
                        .setParameter("type", event.type())
                        .setParameter("subject", event.entityId())
                        .setParameter("accountId", event.accountId())
                        .setParameter("occurredAt", OffsetDateTime.now(ZoneOffset.UTC))
                        .setParameter("data", data)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Adds the event to the outbox within a transaction of the reactive SQL client that makes the change. */
    public Uni<Void> record(SqlConnection transaction, ChangeEvent event) {
        return transaction.preparedQuery(INSERT_SQL).execute(Tuple.from(List.of(UUID.randomUUID(), event.topic(),
                        event.entityId(), event.type(), event.entityId(), event.accountId(),
                        OffsetDateTime.now(ZoneOffset.UTC), serialize(event))))
                .replaceWithVoid();
    }

    private String serialize(ChangeEvent event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serializable", e);
        }
    }
}
