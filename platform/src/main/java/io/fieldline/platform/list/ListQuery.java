package io.fieldline.platform.list;

import io.fieldline.platform.security.Tenancy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the page and count statements of a list in parametrised SQL for the reactive PostgreSQL client. It starts
 * from a scope, so no list can forget its tenant: {@link #forTenant} (account, and organization for a user),
 * {@link #forAccount} (tables without organizations) or, for the operators' admin API only, {@link #acrossAccounts}.
 * Column names come from the resource and its {@link Filter}s; request values are only ever bound as parameters.
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private String columns;
    private String from;
    private String orderBy;

    private ListQuery() {
    }

    /** Rows of the tenancy's account and, when it is bound to an organization (a user token), of that organization. */
    public static ListQuery forTenant(Tenancy tenancy, String accountColumn, String organizationColumn) {
        ListQuery query = new ListQuery().where(accountColumn + " = ?", tenancy.accountId());
        tenancy.organizationId().ifPresent(organization -> query.where(organizationColumn + " = ?", organization));
        return query;
    }

    /**
     * Rows of the tenancy's account, in a table that has no organizations; a tenancy bound to an organization is a
     * programming error, since its rows could not be narrowed to it.
     */
    public static ListQuery forAccount(Tenancy tenancy, String accountColumn) {
        if (tenancy.organizationId().isPresent()) {
            throw new IllegalStateException(accountColumn + " has no organization to narrow a user's list to");
        }
        return new ListQuery().where(accountColumn + " = ?", tenancy.accountId());
    }

    /** Rows of every account: only for operators, whose admin API lists and reads across tenants. */
    public static ListQuery acrossAccounts() {
        return new ListQuery();
    }

    /** The selected columns, such as {@code id, name, created_at}. */
    public ListQuery select(String columns) {
        this.columns = columns;
        return this;
    }

    /** The table or join the rows come from. */
    public ListQuery from(String from) {
        this.from = from;
        return this;
    }

    /** A condition every row must meet, with a {@code ?} where each value is bound. */
    public ListQuery where(String sql, Object... values) {
        String[] parts = sql.split("\\?", -1);
        if (parts.length != values.length + 1) {
            throw new IllegalArgumentException(values.length + " values for " + (parts.length - 1) + " placeholders: " + sql);
        }
        StringBuilder condition = new StringBuilder(parts[0]);
        for (int i = 0; i < values.length; i++) {
            condition.append(bind(values[i])).append(parts[i + 1]);
        }
        conditions.add(condition.toString());
        return this;
    }

    /** The order of the rows; it must be total (end with a unique column) for pages not to overlap. */
    public ListQuery orderBy(String orderBy) {
        this.orderBy = orderBy;
        return this;
    }

    /** The statement of the requested page, with the request's filters. */
    public SqlStatement page(ListRequest<?> request) {
        ListQuery filtered = filtered(request);
        String sql = "SELECT " + required(columns, "select") + " FROM " + required(from, "from") + filtered.whereClause()
                + " ORDER BY " + required(orderBy, "orderBy")
                + " LIMIT " + filtered.bind(request.slice().limit()) + " OFFSET " + filtered.bind(request.slice().offset());
        return new SqlStatement(sql, filtered.parameters);
    }

    /** The statement counting every row that meets the request's filters. */
    public SqlStatement count(ListRequest<?> request) {
        ListQuery filtered = filtered(request);
        return new SqlStatement("SELECT count(*) AS total FROM " + required(from, "from") + filtered.whereClause(),
                filtered.parameters);
    }

    /** Runs the page and the count side by side and maps each row with {@code mapper}. */
    public <T, P extends Slice> Uni<ListPage<T, P>> fetch(Pool pool, ListRequest<P> request, Function<Row, T> mapper) {
        SqlStatement page = page(request);
        SqlStatement count = count(request);
        return Uni.combine().all()
                .unis(pool.preparedQuery(page.sql()).execute(page.tuple()),
                        pool.preparedQuery(count.sql()).execute(count.tuple()))
                .with((rows, counted) -> {
                    List<T> items = new ArrayList<>(rows.size());
                    rows.forEach(row -> items.add(mapper.apply(row)));
                    return new ListPage<>(items, counted.iterator().next().getLong("total"), request.slice());
                });
    }

    private ListQuery filtered(ListRequest<?> request) {
        ListQuery filtered = new ListQuery();
        filtered.conditions.addAll(conditions);
        filtered.parameters.addAll(parameters);
        request.conditions().forEach(condition -> filtered.conditions.add(filtered.sql(condition)));
        return filtered;
    }

    private String sql(Condition condition) {
        String attribute = "(" + condition.filter().sql() + ")";
        String type = condition.filter().type().sqlType();
        return switch (condition.predicate()) {
            case EQ -> attribute + " = " + bind(condition.value()) + "::" + type;
            case NOT_EQ -> attribute + " <> " + bind(condition.value()) + "::" + type;
            case IN -> attribute + " = ANY(" + bind(condition.value()) + "::" + type + "[])";
            case GT -> attribute + " > " + bind(condition.value()) + "::" + type;
            case GTEQ -> attribute + " >= " + bind(condition.value()) + "::" + type;
            case LT -> attribute + " < " + bind(condition.value()) + "::" + type;
            case LTEQ -> attribute + " <= " + bind(condition.value()) + "::" + type;
            case NULL -> attribute + (Boolean.TRUE.equals(condition.value()) ? " IS NULL" : " IS NOT NULL");
            case CONTAINS -> condition.filter().type().matchesElements()
                    ? attribute + " @> ARRAY[" + bind(condition.value()) + "::text]"
                    : attribute + " ILIKE " + bind(condition.value()) + "::text";
        };
    }

    private String bind(Object value) {
        parameters.add(value);
        return "$" + parameters.size();
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String required(String part, String name) {
        return Objects.requireNonNull(part, () -> "a list query needs " + name + "()");
    }
}
