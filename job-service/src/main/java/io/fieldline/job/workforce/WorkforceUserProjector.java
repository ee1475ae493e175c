package io.fieldline.job.workforce;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.events.WorkforceUserEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Keeps job-service's read model of workforce users from {@value WorkforceUserEvent#TOPIC}. Idempotent: an event whose
 * version is not newer than the stored one changes nothing. An unreadable event fails, and the channel's failure
 * strategy moves it to the dead-letter topic without blocking the partition.
 */
@ApplicationScoped
public class WorkforceUserProjector {

    private static final String UPSERT = """
            INSERT INTO workforce_user (id, account_id, organization_id, first_name, last_name, is_technician,
                                        is_dispatcher, active, version, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            ON CONFLICT (id) DO UPDATE SET
                account_id = EXCLUDED.account_id, organization_id = EXCLUDED.organization_id,
                first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                is_technician = EXCLUDED.is_technician, is_dispatcher = EXCLUDED.is_dispatcher,
                active = EXCLUDED.active, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
            WHERE workforce_user.version < EXCLUDED.version""";

    private final Pool pool;
    private final ObjectMapper json;

    public WorkforceUserProjector(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    @Incoming("workforce-users")
    public Uni<Void> project(String payload) {
        WorkforceUserEvent user;
        try {
            user = WorkforceUserEvent.read(json, payload);
        } catch (IllegalArgumentException unreadable) {
            return Uni.createFrom().failure(unreadable);
        }
        return pool.preparedQuery(UPSERT).execute(Tuple.from(Arrays.asList(user.id(), user.accountId(),
                        user.organizationId(), user.firstName(), user.lastName(), user.roles().contains("technician"),
                        user.roles().contains("dispatcher"), user.active(), user.version(),
                        user.updatedAt().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
