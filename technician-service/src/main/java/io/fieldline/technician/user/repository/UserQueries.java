package io.fieldline.technician.user.repository;

import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListSpec;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.rest.UserView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.NOT_EQ;
import static io.fieldline.platform.list.Predicate.NULL;

/** The list of {@code GET /v3/users}, in plain SQL, always within the tenancy's account and, for a user, organization. */
@ApplicationScoped
public class UserQueries {

    /**
     * {@code limit} (default and at most 100), {@code offset}, {@code filter[email_eq]} (without case) and
     * {@code filter[organization_id_eq]} (seed: Users, "List Users"), with the other predicates these attributes take;
     * {@code filter[by_user_roles]} is read by {@link UserListParameters}.
     */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
            Filter.on("email", "lower(email)", AttributeType.TEXT, EQ, NOT_EQ, IN, NULL),
            Filter.on("organization_id", "organization_id", AttributeType.LONG, EQ, NOT_EQ, IN));

    private static final String COLUMNS = "id, organization_id, first_name, last_name, is_dispatcher, is_technician,"
            + " phone_number, email";

    private final Pool pool;

    public UserQueries(Pool pool) {
        this.pool = pool;
    }

    /** A page of the tenancy's users by id, and how many match in all; a bad parameter is a 400 naming it. */
    public Uni<ListPage<UserView, LimitOffset>> list(Tenancy tenancy, UserListParameters parameters) {
        ListQuery query = ListQuery.forTenant(tenancy, "account_id", "organization_id")
                .select(COLUMNS).from("workforce_user").orderBy("id");
        if (!parameters.roles().isEmpty()) {
            query.where("((is_dispatcher AND ?) OR (is_technician AND ?))", parameters.wantsDispatchers(),
                    parameters.wantsTechnicians());
        }
        return query.fetch(pool, LIST.read(parameters.rest()), UserQueries::view);
    }

    private static UserView view(Row row) {
        return new UserView(row.getLong("id"), row.getLong("organization_id"), row.getString("first_name"),
                row.getString("last_name"), User.roles(row.getBoolean("is_dispatcher"), row.getBoolean("is_technician")),
                row.getString("phone_number"), row.getString("email"));
    }
}
