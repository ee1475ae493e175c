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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Records change events in the open transaction that makes the change, so a change that commits always has its event
 * and a rollback has none. It joins a transaction only: a Hibernate Reactive one ({@link #record(ChangeEvent)}) or a
 * reactive SQL client one ({@link #record(SqlConnection, ChangeEvent)}); never a pool, and without an open transaction
 * it fails with an {@link IllegalStateException} and records nothing.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT_NAMED = OutboxRow.insertValues(position -> "?" + position);
    private static final String INSERT_NUMBERED = OutboxRow.insertValues(position -> "$" + position);

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** Adds the event within the current Hibernate Reactive transaction (for example of a {@code @WithTransaction}). */
    public Uni<Void> record(ChangeEvent<?> event) {
        return Panache.currentTransaction().chain(transaction -> {
            if (transaction == null) {
                return Uni.createFrom().failure(noTransaction(event));
            }
            List<Object> values = values(event);
            return Panache.getSession().chain(session -> {
                var insert = session.createNativeQuery(INSERT_NAMED);
                for (int i = 0; i < values.size(); i++) {
                    insert.setParameter(i + 1, values.get(i));
                }
                return insert.executeUpdate();
            });
        }).replaceWithVoid();
    }

    /** Adds the event within the transaction open on {@code transaction} (for example of a {@code withTransaction}). */
    public Uni<Void> record(SqlConnection transaction, ChangeEvent<?> event) {
        if (transaction.transaction() == null) {
            return Uni.createFrom().failure(noTransaction(event));
        }
        return transaction.preparedQuery(INSERT_NUMBERED).execute(Tuple.from(values(event))).replaceWithVoid();
    }

    private List<Object> values(ChangeEvent<?> event) {
        return Arrays.asList(UUID.randomUUID(), event.topic(), event.entityId(), event.type().name(), event.entityId(),
                event.accountId(), OffsetDateTime.now(ZoneOffset.UTC), serialize(event));
    }

    private String serialize(ChangeEvent<?> event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serializable", e);
        }
    }

    private static IllegalStateException noTransaction(ChangeEvent<?> event) {
        return new IllegalStateException("the outbox joins the transaction of the change; none is open for " + event.type());
    }
}
