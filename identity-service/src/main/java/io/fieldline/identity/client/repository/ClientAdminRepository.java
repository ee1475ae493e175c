package io.fieldline.identity.client.repository;

import io.fieldline.identity.admin.AdminRows;
import io.fieldline.identity.client.rest.ClientView;
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

import java.util.List;

import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;

/**
 * The {@code oauth_client} table as the admin API reads and changes it, in plain SQL (the token endpoint reads it
 * through {@code OAuthClientRepository} and its own statements).
 */
@ApplicationScoped
public class ClientAdminRepository {

    /** {@code GET /admin/accounts/:id/clients}: by client id, scope, disabled and creation time. */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
            Filter.on("client_id", "client_id", AttributeType.TEXT, EQ, IN),
            Filter.on("scopes", "scopes", AttributeType.TEXT, CONTAINS),
            Filter.on("disabled", "disabled_at IS NOT NULL", AttributeType.BOOLEAN, EQ),
            Filter.on("created_at", "created_at", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ));

    /** A client after a change, its row id, and what it was before. */
    public record Updated(ClientView client, long rowId, List<String> oldScopes, boolean newlyDisabled) {
    }

    private static final String COLUMNS = "id, account_id, client_id, scopes, grant_types, disabled_at, created_at";

    private final Pool pool;

    public ClientAdminRepository(Pool pool) {
        this.pool = pool;
    }

    /** A new client of the account, answered with {@code secret}; 404 when there is no such account. */
    public Uni<ClientView> insert(SqlClient transaction, long accountId, String clientId, String secretHash,
                                  List<String> scopes, List<String> grantTypes, String secret) {
        return transaction.preparedQuery("""
                        INSERT INTO oauth_client (account_id, client_id, secret_hash, scopes, grant_types, created_at)
                        SELECT id, $2, $3, $4, $5, date_trunc('second', now()) FROM account WHERE id = $1
                        RETURNING %s""".formatted(COLUMNS))
                .execute(Tuple.of(accountId, clientId, secretHash, String.join(" ", scopes), String.join(" ", grantTypes)))
                .map(rows -> ClientView.of(AdminRows.first(rows, "Account"), secret));
    }

    /** Changes what is given (null stays), locking the client; 404 when there is none. */
    public Uni<Updated> update(SqlClient transaction, String clientId, List<String> scopes, List<String> grantTypes,
                               Boolean disabled) {
        return transaction.preparedQuery("""
                        UPDATE oauth_client c SET scopes = coalesce($2, c.scopes), grant_types = coalesce($3, c.grant_types),
                            disabled_at = CASE WHEN $4::boolean IS NULL THEN c.disabled_at
                                               WHEN $4 THEN coalesce(c.disabled_at, now()) END
                        FROM (SELECT scopes, disabled_at FROM oauth_client WHERE client_id = $1 FOR UPDATE) old
                        WHERE c.client_id = $1
                        RETURNING c.id, c.account_id, c.client_id, c.scopes, c.grant_types, c.disabled_at, c.created_at,
                            old.scopes AS old_scopes, old.disabled_at AS old_disabled_at""")
                .execute(Tuple.of(clientId, scopes == null ? null : String.join(" ", scopes),
                        grantTypes == null ? null : String.join(" ", grantTypes), disabled))
                .map(rows -> {
                    Row row = AdminRows.first(rows, "Client");
                    ClientView client = ClientView.of(row, null);
                    return new Updated(client, row.getLong("id"), ClientView.words(row.getString("old_scopes")),
                            client.disabled() && row.getOffsetDateTime("old_disabled_at") == null);
                });
    }

    /** The client; 404 when there is none. */
    public Uni<ClientView> find(String clientId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM oauth_client WHERE client_id = $1").execute(Tuple.of(clientId))
                .map(rows -> ClientView.of(AdminRows.first(rows, "Client"), null));
    }

    /** A page of the tenancy's clients, by id. */
    public Uni<ListPage<ClientView, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        return ListQuery.forAccount(tenancy, "account_id").select(COLUMNS).from("oauth_client").orderBy("id")
                .fetch(pool, request, row -> ClientView.of(row, null));
    }
}
