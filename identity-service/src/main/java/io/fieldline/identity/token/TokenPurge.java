package io.fieldline.identity.token;

import io.fieldline.identity.config.TokenSettings;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps the token tables bounded: refresh tokens and revoked access token ids go once they have expired (a reused
 * expired token is refused either way), and sealed grace responses go when their window closes.
 */
@ApplicationScoped
public class TokenPurge {

    private final Pool pool;
    private final TokenSettings settings;

    public TokenPurge(Pool pool, TokenSettings settings) {
        this.pool = pool;
        this.settings = settings;
    }

    @Scheduled(every = "${fieldline.token.purge-interval:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purge() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime graceClosed = now.minus(settings.refreshGrace());
        return pool.withTransaction(connection -> connection
                .preparedQuery("DELETE FROM refresh_token WHERE expires_at < $1").execute(Tuple.of(now))
                .chain(refresh -> connection.preparedQuery("DELETE FROM revoked_access_token WHERE expires_at < $1")
                        .execute(Tuple.of(now))
                        .chain(revoked -> connection.preparedQuery("""
                                        UPDATE refresh_token SET grace_response = NULL
                                        WHERE grace_response IS NOT NULL AND rotated_at < $1""")
                                .execute(Tuple.of(graceClosed))
                                .invoke(graces -> Log.debugf("Purged %d refresh tokens, %d revoked access token ids, %d grace responses",
                                        refresh.rowCount(), revoked.rowCount(), graces.rowCount())))))
                .replaceWithVoid();
    }
}
