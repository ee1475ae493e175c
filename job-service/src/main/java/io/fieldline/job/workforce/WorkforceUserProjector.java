package io.fieldline.job.workforce;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.messaging.EventConsumer;
import io.fieldline.platform.events.VersionedUpsert;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Keeps job-service's read model of workforce users from {@value WorkforceUserEvent#TOPIC}. Idempotent: an event whose
 * version is not newer than the stored one changes nothing. A poison event goes to the dead-letter topic without
 * blocking the partition.
 */
@ApplicationScoped
public class WorkforceUserProjector {

    private static final String UPSERT = VersionedUpsert.sql("workforce_user", "id", "id", "account_id",
            "organization_id", "first_name", "last_name", "is_technician", "is_dispatcher", "active", "version",
            "updated_at");

    private final Pool pool;
    private final EventConsumer events;

    public WorkforceUserProjector(Pool pool, EventConsumer events) {
        this.pool = pool;
        this.events = events;
    }

    @Incoming("workforce-users")
    public Uni<Void> project(ConsumerRecord<String, String> record) {
        return events.consume(WorkforceUserEvent.CONTRACT, record, event -> {
            WorkforceUserEvent user = event.data();
            return pool.preparedQuery(UPSERT).execute(Tuple.from(Arrays.asList(user.id(), user.accountId(),
                            user.organizationId(), user.firstName(), user.lastName(), user.roles().contains("technician"),
                            user.roles().contains("dispatcher"), user.active(), user.version(),
                            user.updatedAt().atOffset(ZoneOffset.UTC))))
                    .replaceWithVoid();
        });
    }
}
