package io.fieldline.identity.account.repository;

import io.fieldline.identity.account.rest.AccountView;
import io.fieldline.identity.admin.AdminRows;
import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;

/** The {@code account} table in plain SQL. */
@ApplicationScoped
public class AccountRepository {

    /** {@code GET /admin/accounts}: by id, name, disabled and creation time. */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
            Filter.on("id", "id", AttributeType.LONG, EQ, IN),
            Filter.on("name", "name", AttributeType.TEXT, EQ, CONTAINS),
            Filter.on("disabled", "disabled_at IS NOT NULL", AttributeType.BOOLEAN, EQ),
            Filter.on("created_at", "created_at", AttributeType.TIMESTAMP, GT, GTEQ, LT, LTEQ));

    /** An account after a change, and whether the change disabled it. */
    public record Updated(AccountView account, boolean newlyDisabled) {
    }

    private static final String COLUMNS = "id, name, disabled_at, created_at";

    private final Pool pool;

    public AccountRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<AccountView> insert(SqlClient transaction, String name) {
        return transaction.preparedQuery("INSERT INTO account (name, created_at) "
                        + "VALUES ($1, date_trunc('second', now())) RETURNING " + COLUMNS)
                .execute(Tuple.of(name))
                .map(rows -> AccountView.of(rows.iterator().next()));
    }

    /** Renames and disables or enables the account, locking it; 404 when there is none. */
    public Uni<Updated> update(SqlClient transaction, long id, String name, Boolean disabled) {
        return transaction.preparedQuery("""
                        UPDATE account a SET name = coalesce($2, a.name),
                            disabled_at = CASE WHEN $3::boolean IS NULL THEN a.disabled_at
                                               WHEN $3 THEN coalesce(a.disabled_at, now()) END
                        FROM (SELECT disabled_at FROM account WHERE id = $1 FOR UPDATE) old
                        WHERE a.id = $1
                        RETURNING a.id, a.name, a.disabled_at, a.created_at, old.disabled_at AS was_disabled_at""")
                .execute(Tuple.of(id, name, disabled))
                .map(rows -> {
                    Row row = AdminRows.first(rows, "Account");
                    AccountView account = AccountView.of(row);
                    return new Updated(account, account.disabled() && row.getOffsetDateTime("was_disabled_at") == null);
                });
    }

    /** The account; 404 when there is none. */
    public Uni<AccountView> find(long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM account WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> AccountView.of(AdminRows.first(rows, "Account")));
    }

    /** A page of every account, by id: operators list across tenants. */
    public Uni<ListPage<AccountView, LimitOffset>> list(ListRequest<LimitOffset> request) {
        return ListQuery.acrossAccounts().select(COLUMNS).from("account").orderBy("id")
                .fetch(pool, request, AccountView::of);
    }
}
