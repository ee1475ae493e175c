package io.fieldline.platform.list;

import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A parametrised statement: SQL with {@code $n} placeholders and the values they bind, in order (nulls allowed). */
public record SqlStatement(String sql, List<Object> parameters) {

    public SqlStatement {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public Tuple tuple() {
        return Tuple.from(parameters);
    }
}
