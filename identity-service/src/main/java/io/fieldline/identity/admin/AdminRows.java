package io.fieldline.identity.admin;

import io.fieldline.platform.errors.ApiException;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** The one row an admin query is about, or the 404 that names what was not found. */
public final class AdminRows {

    private AdminRows() {
    }

    public static Row first(RowSet<Row> rows, String what) {
        if (rows.size() == 0) {
            throw ApiException.notFound(what);
        }
        return rows.iterator().next();
    }
}
