package io.fieldline.platform.outbox;

import io.fieldline.platform.config.EventsConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import org.apache.kafka.common.header.internals.RecordHeaders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode) and deletes them once Kafka acknowledged them.
 * One relay at a time holds a PostgreSQL advisory lock, so events of one entity leave in the order they were recorded
 * even when the service runs as several replicas. Delivery is at least once; consumers are idempotent.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int BATCH_SIZE = 500;
    private static final long RELAY_LOCK = 0x0f1e1d11e0L;
    private static final String NEXT_BATCH = """
            SELECT id, event_id, topic, event_key, event_type, subject, account_id, occurred_at, data::text AS data
            FROM outbox_event ORDER BY id LIMIT $1""";

    private static final byte[] JSON_CONTENT_TYPE = "application/json".getBytes(StandardCharsets.UTF_8);

    private final Pool pool;
    private final MutinyEmitter<String> kafka;
    private final URI source;

    public OutboxRelay(Pool pool, @Channel("outbox-relay") MutinyEmitter<String> kafka,
                       EventsConfig events) {
        this.pool = pool;
        this.kafka = kafka;
        this.source = URI.create(events.source());
    }

    @Scheduled(every = "${fieldline.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> relay() {
        return relayBatch().chain(published -> published == BATCH_SIZE ? relay() : Uni.createFrom().voidItem());
    }

    /** Publishes one batch; returns how many events left. */
    Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(RELAY_LOCK))
                .chain(lock -> lock.iterator().next().getBoolean("locked")
                        ? publishBatch(connection)
                        : Uni.createFrom().item(0)));
    }

    private Uni<Integer> publishBatch(SqlConnection connection) {
        return connection.preparedQuery(NEXT_BATCH).execute(Tuple.of(BATCH_SIZE)).chain(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(0);
            }
            List<Uni<Void>> sends = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Row row : rows) {
                ids.add(row.getLong("id"));
                sends.add(kafka.sendMessage(toMessage(row)));
            }
            return Uni.join().all(sends).andFailFast()
                    .chain(() -> connection.preparedQuery("DELETE FROM outbox_event WHERE id = ANY($1)")
                            .execute(Tuple.of(ids.toArray(Long[]::new))))
                    .replaceWith(ids.size());
        });
    }

    private Message<String> toMessage(Row row) {
        OutgoingCloudEventMetadata<Object> cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(row.getUUID("event_id").toString())
                .withType(row.getString("event_type"))
                .withSource(source)
                .withSubject(row.getString("subject"))
                .withTimestamp(row.getOffsetDateTime("occurred_at").toZonedDateTime())
                .withExtension("accountid", String.valueOf(row.getLong("account_id")))
                .build();
        // the data is JSON already: declared as a plain header, since a CloudEvent data content type would make the
        // connector encode the string a second time
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("event_key"))
                .withHeaders(new RecordHeaders().add("content-type", JSON_CONTENT_TYPE))
                .build();
        return Message.of(row.getString("data"), Metadata.of(cloudEvent, record));
    }
}
