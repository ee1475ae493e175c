package io.fieldline.identity.token;

import io.fieldline.identity.config.LockoutConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Slows and then locks repeated failed logins of one subject: a user (account and email, whether the user exists or
 * not) or a client. Counts survive the failed request's rollback, since they are written outside its transaction.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String RECORD_FAILURE = """
            INSERT INTO login_throttle AS t (subject, failures, window_started_at)
            VALUES ($1, 1, $2)
            ON CONFLICT (subject) DO UPDATE SET
                failures = CASE WHEN t.window_started_at < $3 THEN 1 ELSE t.failures + 1 END,
                window_started_at = CASE WHEN t.window_started_at < $3 THEN $2 ELSE t.window_started_at END,
                locked_until = CASE WHEN t.window_started_at >= $3 AND t.failures + 1 >= $4 THEN $5 ELSE t.locked_until END
            RETURNING failures""";

    private final Pool pool;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Duration delayPerFailure;

    public LoginThrottle(Pool pool, LockoutConfig lockout) {
        this.pool = pool;
        this.maxFailures = lockout.maxFailures();
        this.window = lockout.window();
        this.lockDuration = lockout.duration();
        this.delayPerFailure = lockout.delayPerFailure();
    }

    static String user(long accountId, String email) {
        return "user:" + accountId + ":" + email.trim().toLowerCase(Locale.ROOT);
    }

    static String client(String clientId) {
        return "client:" + clientId;
    }

    /** Whether the subject is locked now. */
    Uni<Boolean> isLocked(String subject) {
        return pool.preparedQuery("SELECT locked_until > now() AS locked FROM login_throttle WHERE subject = $1")
                .execute(Tuple.of(subject))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return false;
                    }
                    Row row = rows.iterator().next();
                    return Boolean.TRUE.equals(row.getBoolean("locked"));
                });
    }

    /** Counts a failure, and completes after a delay that grows with the failures in the window. */
    Uni<Void> failed(String subject) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return pool.preparedQuery(RECORD_FAILURE)
                .execute(Tuple.of(subject, now, now.minus(window), maxFailures, now.plus(lockDuration)))
                .chain(rows -> {
                    int failures = rows.iterator().next().getInteger("failures");
                    Duration delay = delayPerFailure.multipliedBy(Math.min(failures, 10));
                    return Uni.createFrom().voidItem().onItem().delayIt().by(delay);
                });
    }

    /** Forgets the failures of a subject that just logged in. */
    Uni<Void> succeeded(String subject) {
        return pool.preparedQuery("DELETE FROM login_throttle WHERE subject = $1").execute(Tuple.of(subject))
                .replaceWithVoid();
    }
}
