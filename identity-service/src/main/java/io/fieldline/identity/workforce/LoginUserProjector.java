package io.fieldline.identity.workforce;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.events.RevocationEvent;
import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.Origin;
import io.fieldline.messaging.EventConsumer;
import io.fieldline.platform.events.VersionedUpsert;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;

/**
 * Learns the login facts of workforce users from {@value WorkforceUserEvent#TOPIC}. A user who is no longer active
 * loses every refresh token at once, and its access tokens are announced revoked, in the same transaction. Idempotent
 * by version; a poison event goes to the dead-letter topic.
 */
@ApplicationScoped
public class LoginUserProjector {

    private static final String UPSERT = VersionedUpsert.sql("login_user", "id", "id", "account_id",
            "organization_id", "email", "roles", "active", "version", "updated_at");
    private static final String REVOKE_REFRESH_TOKENS = """
            UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL""";

    private final Pool pool;
    private final EventConsumer events;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Duration tokenLifetime;

    public LoginUserProjector(Pool pool, EventConsumer events, Outbox outbox, AuditTrail audit, TokenSettings tokens) {
        this.pool = pool;
        this.events = events;
        this.outbox = outbox;
        this.audit = audit;
        this.tokenLifetime = Duration.ofSeconds(tokens.lifetime());
    }

    @Incoming("workforce-users")
    public Uni<Void> project(ConsumerRecord<String, String> record) {
        return events.consume(WorkforceUserEvent.CONTRACT, record, event -> learn(event.data()));
    }

    /** Applies one user's login facts, from its event or handed over by technician-service; idempotent by version. */
    public Uni<Void> learn(WorkforceUserEvent user) {
        Tuple row = Tuple.from(Arrays.asList(user.id(), user.accountId(), user.organizationId(), user.email(),
                String.join(" ", user.roles()), user.active(), user.version(), user.updatedAt().atOffset(ZoneOffset.UTC)));
        return pool.withTransaction(connection -> connection.preparedQuery(UPSERT).execute(row)
                .chain(upserted -> upserted.rowCount() == 1 && !user.active()
                        ? revokeEverything(connection, user)
                        : Uni.createFrom().voidItem()));
    }

    /** Revokes the inactive user's refresh tokens, and announces that its access tokens are revoked too. */
    private Uni<Void> revokeEverything(SqlConnection transaction, WorkforceUserEvent user) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String subject = String.valueOf(user.id());
        return transaction.preparedQuery(REVOKE_REFRESH_TOKENS).execute(Tuple.of(user.id()))
                .invoke(revoked -> Log.infof("User %d is inactive: revoked %d refresh tokens and its access tokens",
                        user.id(), revoked.rowCount()))
                .chain(revoked -> audit.record(transaction, AuditEntry.success("subject.revoked", user.accountId(),
                        "technician-service", "user:" + subject, Origin.INTERNAL,
                        Map.of("reason", "user inactive", "refresh_tokens", revoked.rowCount()))))
                .chain(() -> outbox.record(transaction, new ChangeEvent<>(RevocationEvent.SUBJECT_REVOKED,
                        subject, user.accountId(),
                        RevocationEvent.subject(user.accountId(), subject, now, now.plus(tokenLifetime)))));
    }
}
