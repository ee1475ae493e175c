package io.fieldline.identity.admin;

import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.ClientRevocations;
import io.fieldline.identity.token.ClientAuthenticator;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.paging.LimitOffset;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/accounts}: the tenants. Disabling an account stops its clients and integration keys from getting
 * tokens and revokes every token already issued in it; enabling it again lets its clients ask for new ones.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AccountsResource {

    private static final int MAX_NAME = 200;
    private static final String COLUMNS = "id, name, disabled_at, created_at";

    private final Pool pool;
    private final AdminCaller caller;
    private final AuditTrail audit;
    private final ClientRevocations revocations;
    private final ClientAuthenticator authenticator;

    public AccountsResource(Pool pool, AdminCaller caller, AuditTrail audit, ClientRevocations revocations,
                            ClientAuthenticator authenticator) {
        this.pool = pool;
        this.caller = caller;
        this.audit = audit;
        this.revocations = revocations;
        this.authenticator = authenticator;
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("name"), errors);
        Optional<String> name = AdminBodies.text(fields, "name", MAX_NAME, errors);
        if (name.isEmpty() && !errors.has("name")) {
            errors.add("name", "is required: a string of at most " + MAX_NAME + " characters");
        }
        errors.throwIfAny();
        AdminCaller.Operator operator = caller.operator();
        return pool.withTransaction(connection -> connection
                        .preparedQuery("INSERT INTO account (name, created_at) VALUES ($1, date_trunc('second', now())) RETURNING " + COLUMNS)
                        .execute(Tuple.of(name.get()))
                        .map(rows -> AdminViews.Account.of(rows.iterator().next()))
                        .call(account -> audit.record(connection, operator.changed("account.created", account.id(),
                                "account:" + account.id(), Map.of("name", account.name())))))
                .map(account -> Response.status(201).entity(new AdminViews.AccountEnvelope(account)).build());
    }

    @GET
    @Path("/accounts")
    public Uni<Map<String, Object>> list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        LimitOffset page = LimitOffset.parse(limit, offset);
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM account ORDER BY id LIMIT $1 OFFSET $2")
                .execute(Tuple.of(page.limit(), page.offset()))
                .chain(rows -> pool.preparedQuery("SELECT count(*) AS total FROM account").execute()
                        .map(count -> page.envelope("accounts", rowsOf(rows), count.iterator().next().getLong("total"))));
    }

    @GET
    @Path("/accounts/{id}")
    public Uni<AdminViews.AccountEnvelope> get(@PathParam("id") long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM account WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> new AdminViews.AccountEnvelope(AdminViews.Account.of(AdminRows.first(rows, "Account"))));
    }

    @PATCH
    @Path("/accounts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AdminViews.AccountEnvelope> update(@PathParam("id") long id, Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("name", "disabled"), errors);
        Optional<String> name = AdminBodies.text(fields, "name", MAX_NAME, errors);
        Optional<Boolean> disabled = AdminBodies.bool(fields, "disabled", errors);
        errors.throwIfAny();
        AdminCaller.Operator operator = caller.operator();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        UPDATE account a SET name = coalesce($2, a.name),
                            disabled_at = CASE WHEN $3::boolean IS NULL THEN a.disabled_at
                                               WHEN $3 THEN coalesce(a.disabled_at, now()) END
                        FROM (SELECT disabled_at FROM account WHERE id = $1 FOR UPDATE) old
                        WHERE a.id = $1
                        RETURNING a.id, a.name, a.disabled_at, a.created_at, old.disabled_at AS was_disabled_at""")
                .execute(Tuple.of(id, name.orElse(null), disabled.orElse(null)))
                .chain(rows -> {
                    Row row = AdminRows.first(rows, "Account");
                    AdminViews.Account account = AdminViews.Account.of(row);
                    boolean newlyDisabled = account.disabled() && row.getOffsetDateTime("was_disabled_at") == null;
                    Map<String, Object> changes = new LinkedHashMap<>();
                    name.ifPresent(value -> changes.put("name", value));
                    disabled.ifPresent(value -> changes.put("disabled", value));
                    return (newlyDisabled ? revocations.revokeAccount(connection, id) : Uni.createFrom().voidItem())
                            .chain(() -> audit.record(connection, operator.changed("account.updated", id, "account:" + id, changes)))
                            .replaceWith(new AdminViews.AccountEnvelope(account));
                }))
                .invoke(authenticator::forgetAll);
    }

    private static List<AdminViews.Account> rowsOf(Iterable<Row> rows) {
        List<AdminViews.Account> accounts = new ArrayList<>();
        rows.forEach(row -> accounts.add(AdminViews.Account.of(row)));
        return accounts;
    }

}
