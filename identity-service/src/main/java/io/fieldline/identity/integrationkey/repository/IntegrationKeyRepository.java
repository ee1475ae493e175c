package io.fieldline.identity.integrationkey.repository;

import io.fieldline.identity.admin.AdminRows;
import io.fieldline.identity.integrationkey.rest.IntegrationKeyView;
import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.fieldline.platform.security.Tenancy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;
import static io.fieldline.platform.list.Predicate.NULL;

/** The {@code integration_key} table as the admin API reads and changes it, in plain SQL. */
@ApplicationScoped
public class IntegrationKeyRepository {

    /** {@code GET /admin/clients/:client_id/integration-keys}: by name, revocation, creation and last use. */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
            Filter.on("name", "k.name", AttributeType.TEXT, EQ, CONTAINS),
            Filter.on("revoked", "k.revoked_at IS NOT NULL", AttributeType.BOOLEAN, EQ),
            Filter.on("created_at", "k.created_at", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ),
            Filter.on("last_used_at", "k.last_used_at", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ, NULL));

    /** A client's row id and account, for the keys that belong to it. */
    public record Owner(long clientRowId, long accountId) {
    }

    /** A key just created, and the account it belongs to. */
    public record Created(IntegrationKeyView key, long accountId) {
    }

    private static final String COLUMNS = "k.id, c.client_id, k.name, k.key_prefix, k.created_at, k.last_used_at, k.revoked_at";

    private final Pool pool;

    public IntegrationKeyRepository(Pool pool) {
        this.pool = pool;
    }

    /** A new key of the client, stored as its hash and answered once with {@code key}; 404 when the client is unknown. */
    public Uni<Created> insert(SqlClient transaction, String clientId, String name, String keyHash, String keyPrefix,
                               String key) {
        return transaction.preparedQuery("""
                        WITH k AS (
                            INSERT INTO integration_key (client_id, account_id, name, key_hash, key_prefix, created_at)
                            SELECT id, account_id, $2, $3, $4, date_trunc('second', now())
                            FROM oauth_client WHERE client_id = $1
                            RETURNING *)
                        SELECT %s, c.account_id FROM k JOIN oauth_client c ON c.id = k.client_id""".formatted(COLUMNS))
                .execute(Tuple.of(clientId, name, keyHash, keyPrefix))
                .map(rows -> {
                    Row row = AdminRows.first(rows, "Client");
                    return new Created(IntegrationKeyView.of(row, key), row.getLong("account_id"));
                });
    }

    /**
     * Revokes the key, locking it: its account if this revoked it, empty if it was already revoked; 404 when there is
     * no such key.
     */
    public Uni<Optional<Long>> revoke(SqlClient transaction, long id) {
        return transaction.preparedQuery("""
                        UPDATE integration_key k SET revoked_at = coalesce(k.revoked_at, now())
                        FROM (SELECT revoked_at FROM integration_key WHERE id = $1 FOR UPDATE) old
                        WHERE k.id = $1
                        RETURNING k.account_id, old.revoked_at AS old_revoked_at""")
                .execute(Tuple.of(id))
                .map(rows -> {
                    Row row = AdminRows.first(rows, "Integration key");
                    return row.getOffsetDateTime("old_revoked_at") != null ? Optional.<Long>empty()
                            : Optional.of(row.getLong("account_id"));
                });
    }

    /** The client the keys belong to; 404 when there is none. */
    public Uni<Owner> owner(String clientId) {
        return pool.preparedQuery("SELECT id, account_id FROM oauth_client WHERE client_id = $1").execute(Tuple.of(clientId))
                .map(rows -> {
                    Row row = AdminRows.first(rows, "Client");
                    return new Owner(row.getLong("id"), row.getLong("account_id"));
                });
    }

    /** A page of one client's keys within the tenancy, by id. */
    public Uni<ListPage<IntegrationKeyView, LimitOffset>> list(Tenancy tenancy, long clientRowId,
                                                               ListRequest<LimitOffset> request) {
        return ListQuery.forAccount(tenancy, "k.account_id")
                .select(COLUMNS).from("integration_key k JOIN oauth_client c ON c.id = k.client_id")
                .where("k.client_id = ?", clientRowId).orderBy("k.id")
                .fetch(pool, request, row -> IntegrationKeyView.of(row, null));
    }
}
