package io.fieldline.technician.organization;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Organization events' data (fieldline.jobs.organizations) as job-service publishes it, ids no other test uses, and a
 * wait for the read model to hold what they say.
 */
final class OrganizationEvents {

    private static final AtomicLong IDS = new AtomicLong(1_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private OrganizationEvents() {
    }

    static long newId() {
        return IDS.incrementAndGet();
    }

    /** A Joe's Plumbing of the account, with joe@joesplumbing.com, that asks for no initial user. */
    static String organization(long id, long accountId, String network, boolean deleted, long version) {
        return organization(id, accountId, network, deleted, version, false, "joe@joesplumbing.com");
    }

    static String organization(long id, long accountId, String network, boolean deleted, long version,
                               boolean createUser, String email) {
        return """
                {"id":%d,"account_id":%d,"name":"Joe's Plumbing","email":%s,"phone_number":null,
                 "address":null,"logo_token":null,"external_ids":[],"network":%s,"create_user":%s,
                 "deleted":%s,"version":%d,"created_at":"2026-01-15T09:30:00Z","updated_at":"2026-01-15T09:30:00Z",
                 "deleted_at":null}"""
                .formatted(id, accountId, quoted(email), quoted(network), createUser, deleted, version);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    /** The read model's row of the organization once it holds this version; fails after 30 seconds. */
    static Row awaitStored(Pool database, long id, long version) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            RowSet<Row> rows = database.preparedQuery("SELECT * FROM organization WHERE id = $1 AND version = $2")
                    .execute(Tuple.of(id, version)).await().indefinitely();
            return rows.size() == 0 ? null : rows.iterator().next();
        }, found -> found != null);
    }
}
