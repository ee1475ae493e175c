package io.fieldline.job.sql;

import io.fieldline.platform.security.Tenancy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.function.Function;

/**
 * Finds one row of a tenancy by its id, with a statement that binds {@code $1} the id, {@code $2} the account and
 * {@code $3} the user's organization (null for a job source, which reaches the whole account). Scoped in SQL, never
 * filtered after loading (ARCHITECTURE.md, "Tenancy and access").
 */
public final class TenancyScopedRows {

    private TenancyScopedRows() {
    }

    /** The row {@code statement} finds for {@code id}, as {@code first} reads it (null when there is none). */
    public static <T> Uni<T> byId(SqlClient client, String statement, Tenancy tenancy, long id,
                                  Function<RowSet<Row>, T> first) {
        return client.preparedQuery(statement)
                .execute(Tuple.of(id, tenancy.accountId(), tenancy.organizationId().orElse(null)))
                .map(first);
    }
}
