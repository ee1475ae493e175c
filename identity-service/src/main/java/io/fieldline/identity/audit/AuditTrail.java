package io.fieldline.identity.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.AuditEvent;
import io.fieldline.platform.outbox.OutboxRow;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.reflect.Array;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records audit entries in {@code audit_event} and publishes each on {@value AuditEvent#TOPIC} through the outbox, in
 * one statement: on a pool it stands alone, on a connection it joins that connection's transaction. The statement can
 * also carry the change it audits ({@link #after}, or {@link #afterEach} for many changes at once), so that a token is
 * stored and audited in one round trip, and audited only if it was stored.
 */
@ApplicationScoped
public class AuditTrail {

    // an entry's columns, in the order of its parameters
    private static final String[] COLUMNS = {"id", "occurred_at", "action", "outcome", "account_id", "actor", "target",
            "client_ip", "request_id", "details", "data"};
    private static final String[] SQL_TYPES = {"uuid", "timestamptz", "text", "text", "bigint", "text", "text", "text",
            "text", "text", "text"};
    private static final List<Class<?>> JAVA_TYPES = List.of(UUID.class, OffsetDateTime.class, String.class,
            String.class, Long.class, String.class, String.class, String.class, String.class, String.class, String.class);

    // events of an account stay in order: keyed by account, 0 when the request named no known account
    private static final String RECORD = """
            audit AS (
                INSERT INTO audit_event (id, occurred_at, action, outcome, account_id, actor, target, client_ip,
                                         request_id, details)
                SELECT id, occurred_at, action, outcome, account_id, actor, target, client_ip, request_id,
                       cast(details AS jsonb)
                FROM recorded)
            """ + OutboxRow.insertSelect(AuditEvent.RECORDED, new OutboxRow.Values("id", "coalesce(account_id, 0)::text",
                    "action", "coalesce(account_id, 0)", "occurred_at", "data"), "recorded") + "\nRETURNING event_id";
    private static final String STANDALONE = "WITH recorded AS (" + oneEntry(0) + "),\n" + RECORD;

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
        return "WITH " + effect + ",\nentry AS (" + oneEntry(effectParameters) + "),\n"
                + "recorded AS (SELECT entry.* FROM " + last + ", entry),\n" + RECORD;
    }

    /**
     * A statement that makes many changes at once and records an audit entry for each change that took place. Its
     * {@code effect} reads the changes from arrays, parameters {@code $1} to {@code $<n>} where n is the number of
     * {@code effectTypes} (their element types), numbering them from 1 in a column {@code ord} ({@code unnest ... WITH
     * ORDINALITY}); {@code last} returns the {@code ord} of each change that took place. Build it once, as a constant,
     * and run it with {@link #recordAfterEach}.
     */
    public static BatchStatement afterEach(String effect, String last, Class<?>... effectTypes) {
        int offset = effectTypes.length;
        StringBuilder arrays = new StringBuilder();
        for (int i = 0; i < COLUMNS.length; i++) {
            arrays.append(i == 0 ? "" : ", ").append('$').append(offset + i + 1).append("::").append(SQL_TYPES[i])
                    .append("[]");
        }
        String sql = "WITH " + effect + ",\nentry AS (SELECT * FROM unnest(" + arrays + ") WITH ORDINALITY AS e("
                + String.join(", ", COLUMNS) + ", ord)),\n"
                + "recorded AS (SELECT entry.* FROM " + last + " JOIN entry USING (ord)),\n" + RECORD;
        return new BatchStatement(sql, List.of(effectTypes));
    }

    /** Records the entry alone. */
    public Uni<Void> record(SqlClient client, AuditEntry entry) {
        return client.preparedQuery(STANDALONE).execute(Tuple.from(values(entry, TimeOrderedIds.next())))
                .replaceWithVoid();
    }

    /**
     * Runs a statement made by {@link #after} with its effect's parameters; true when the effect took place, and so
     * the entry was recorded.
     */
    public Uni<Boolean> recordAfter(SqlClient client, String statement, List<Object> effectParameters, AuditEntry entry) {
        List<Object> parameters = new ArrayList<>(effectParameters);
        parameters.addAll(values(entry, TimeOrderedIds.next()));
        return client.preparedQuery(statement).execute(Tuple.from(parameters)).map(rows -> rows.rowCount() == 1);
    }

    /**
     * Runs a statement made by {@link #afterEach} for the changes {@code effects}, each a row of its effect's
     * parameters, audited by the entry at the same position; for each, true when it took place and was recorded.
     */
    public Uni<List<Boolean>> recordAfterEach(SqlClient client, BatchStatement statement, List<List<Object>> effects,
                                              List<AuditEntry> entries) {
        List<UUID> ids = new ArrayList<>(entries.size());
        List<List<Object>> recorded = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            UUID id = TimeOrderedIds.next();
            ids.add(id);
            recorded.add(values(entry, id));
        }
        List<Object> parameters = columns(effects, statement.effectTypes());
        parameters.addAll(columns(recorded, JAVA_TYPES));
        return client.preparedQuery(statement.sql()).execute(Tuple.from(parameters)).map(rows -> {
            Set<UUID> done = new HashSet<>();
            for (Row row : rows) {
                done.add(row.getUUID("event_id"));
            }
            return ids.stream().map(done::contains).toList();
        });
    }

    private static String oneEntry(int offset) {
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < COLUMNS.length; i++) {
            select.append(i == 0 ? "" : ", ").append('$').append(offset + i + 1).append("::").append(SQL_TYPES[i])
                    .append(" AS ").append(COLUMNS[i]);
        }
        return select.toString();
    }

    /** The rows' values as one array per column, of the column's element type. */
    private static List<Object> columns(List<List<Object>> rows, List<Class<?>> types) {
        List<Object> columns = new ArrayList<>(types.size());
        for (int c = 0; c < types.size(); c++) {
            Object[] column = (Object[]) Array.newInstance(types.get(c), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                column[r] = rows.get(r).get(c);
            }
            columns.add(column);
        }
        return columns;
    }

    private List<Object> values(AuditEntry entry, UUID id) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Origin origin = entry.origin() == null ? Origin.INTERNAL : entry.origin();
        AuditEvent event = new AuditEvent(id.toString(), now.toInstant(), entry.action(), entry.outcome(),
                entry.accountId(), entry.actor(), entry.target(), origin.clientIp(), origin.requestId(), entry.details());
        return Arrays.asList(id, now, entry.action(), entry.outcome(), entry.accountId(), entry.actor(), entry.target(),
                origin.clientIp(), origin.requestId(), write(entry.details()), write(event));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details are not serializable", e);
        }
    }
}
