package io.fieldline.identity.audit;

import io.fieldline.identity.config.AuditConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Keeps the audit table bounded: entries older than the retention go (their events were published long before). */
@ApplicationScoped
public class AuditPurge {

    private final Pool pool;
    private final Duration retention;

    public AuditPurge(Pool pool, AuditConfig audit) {
        this.pool = pool;
        this.retention = audit.retention();
    }

    @Scheduled(every = "${fieldline.token.purge-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purge() {
        return pool.preparedQuery("DELETE FROM audit_event WHERE occurred_at < $1")
                .execute(Tuple.of(OffsetDateTime.now(ZoneOffset.UTC).minus(retention)))
                .invoke(deleted -> Log.debugf("Purged %d audit entries", deleted.rowCount()))
                .replaceWithVoid();
    }
}
