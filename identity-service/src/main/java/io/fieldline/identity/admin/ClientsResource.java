package io.fieldline.identity.admin;

import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.ClientRevocations;
import io.fieldline.identity.token.ClientAuthenticator;
import io.fieldline.identity.client.SecretHasher;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth clients of an account: {@code /admin/accounts/:id/clients} to create and list them,
 * {@code /admin/clients/:client_id} to read and change one. Disabling a client, or taking scopes away from it,
 * revokes every token issued through it.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ClientsResource {

    private static final Set<String> GRANT_TYPES = Set.of("client_credentials", "password", "refresh_token");
    private static final int MIN_OPERATOR_SECRET = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, account_id, client_id, scopes, grant_types, disabled_at, created_at";

    private final Pool pool;
    private final SecretHasher hasher;
    private final AdminCaller caller;
    private final AuditTrail audit;
    private final ClientRevocations revocations;
    private final ClientAuthenticator authenticator;
    private final Set<String> knownScopes;
    private final Optional<String> bootstrapClientId;

    public ClientsResource(Pool pool, SecretHasher hasher, AdminCaller caller, AuditTrail audit,
                           ClientRevocations revocations, ClientAuthenticator authenticator,
                           @ConfigProperty(name = "fieldline.bootstrap.scopes") String knownScopes,
                           @ConfigProperty(name = "fieldline.bootstrap.client-id") Optional<String> bootstrapClientId) {
        this.pool = pool;
        this.hasher = hasher;
        this.caller = caller;
        this.audit = audit;
        this.revocations = revocations;
        this.authenticator = authenticator;
        this.knownScopes = Set.of(knownScopes.trim().split("\\s+"));
        this.bootstrapClientId = bootstrapClientId;
    }

    @POST
    @Path("/accounts/{id}/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@PathParam("id") long accountId, Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("scopes", "grant_types", "client_secret"), errors);
        Optional<List<String>> scopes = AdminBodies.words(fields, "scopes", knownScopes, "scope", errors);
        if (scopes.isEmpty() && !errors.has("scopes")) {
            errors.add("scopes", "is required: one or more of " + String.join(", ", knownScopes.stream().sorted().toList()));
        }
        List<String> grantTypes = AdminBodies.words(fields, "grant_types", GRANT_TYPES, "grant type", errors)
                .orElse(List.of("client_credentials", "refresh_token"));
        Optional<String> chosenSecret = AdminBodies.text(fields, "client_secret", 512, errors);
        if (chosenSecret.filter(secret -> secret.length() < MIN_OPERATOR_SECRET).isPresent()) {
            errors.add("client_secret", "must be at least " + MIN_OPERATOR_SECRET + " characters");
        }
        errors.throwIfAny();
        String secret = chosenSecret.orElseGet(ClientsResource::randomSecret);
        String clientId = "client-" + HexFormat.of().formatHex(randomBytes(12));
        AdminCaller.Operator operator = caller.operator();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                                INSERT INTO oauth_client (account_id, client_id, secret_hash, scopes, grant_types, created_at)
                                SELECT id, $2, $3, $4, $5, date_trunc('second', now()) FROM account WHERE id = $1
                                RETURNING %s""".formatted(COLUMNS))
                        .execute(Tuple.of(accountId, clientId, hasher.hash(secret), String.join(" ", scopes.get()),
                                String.join(" ", grantTypes)))
                        .map(rows -> AdminViews.Client.of(AdminRows.first(rows, "Account"), secret))
                        .call(client -> audit.record(connection, operator.changed("client.created", accountId,
                                "client:" + clientId, Map.of("scopes", client.scopes(), "grant_types", client.grantTypes(),
                                        "secret_chosen_by_operator", chosenSecret.isPresent())))))
                .map(client -> Response.status(201).entity(new AdminViews.ClientEnvelope(client)).build());
    }

    @GET
    @Path("/accounts/{id}/clients")
    public Uni<Map<String, Object>> list(@PathParam("id") long accountId, @QueryParam("limit") String limit,
                                         @QueryParam("offset") String offset) {
        LimitOffset page = LimitOffset.parse(limit, offset);
        return pool.preparedQuery("SELECT (SELECT count(*) FROM oauth_client WHERE account_id = $1) AS total "
                        + "FROM account WHERE id = $1")
                .execute(Tuple.of(accountId))
                .chain(counted -> {
                    Row count = AdminRows.first(counted, "Account");
                    return pool.preparedQuery("SELECT " + COLUMNS + " FROM oauth_client WHERE account_id = $1 "
                                    + "ORDER BY id LIMIT $2 OFFSET $3")
                            .execute(Tuple.of(accountId, page.limit(), page.offset()))
                            .map(rows -> {
                                List<AdminViews.Client> clients = new ArrayList<>();
                                rows.forEach(row -> clients.add(AdminViews.Client.of(row, null)));
                                return page.envelope("clients", clients, count.getLong("total"));
                            });
                });
    }

    @GET
    @Path("/clients/{client_id}")
    public Uni<AdminViews.ClientEnvelope> get(@PathParam("client_id") String clientId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM oauth_client WHERE client_id = $1").execute(Tuple.of(clientId))
                .map(rows -> new AdminViews.ClientEnvelope(AdminViews.Client.of(AdminRows.first(rows, "Client"), null)));
    }

    @PATCH
    @Path("/clients/{client_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AdminViews.ClientEnvelope> update(@PathParam("client_id") String clientId, Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("scopes", "grant_types", "disabled"), errors);
        Optional<List<String>> scopes = AdminBodies.words(fields, "scopes", knownScopes, "scope", errors);
        Optional<List<String>> grantTypes = AdminBodies.words(fields, "grant_types", GRANT_TYPES, "grant type", errors);
        Optional<Boolean> disabled = AdminBodies.bool(fields, "disabled", errors);
        if (bootstrapClientId.filter(clientId::equals).isPresent() && !fields.isEmpty()) {
            errors.add("client_id", "is the bootstrap client, which follows configuration (fieldline.bootstrap.*); "
                    + "change it there");
        }
        errors.throwIfAny();
        AdminCaller.Operator operator = caller.operator();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        UPDATE oauth_client c SET scopes = coalesce($2, c.scopes), grant_types = coalesce($3, c.grant_types),
                            disabled_at = CASE WHEN $4::boolean IS NULL THEN c.disabled_at
                                               WHEN $4 THEN coalesce(c.disabled_at, now()) END
                        FROM (SELECT scopes, disabled_at FROM oauth_client WHERE client_id = $1 FOR UPDATE) old
                        WHERE c.client_id = $1
                        RETURNING c.id, c.account_id, c.client_id, c.scopes, c.grant_types, c.disabled_at, c.created_at,
                            old.scopes AS old_scopes, old.disabled_at AS old_disabled_at""")
                .execute(Tuple.of(clientId, scopes.map(list -> String.join(" ", list)).orElse(null),
                        grantTypes.map(list -> String.join(" ", list)).orElse(null), disabled.orElse(null)))
                .chain(rows -> {
                    Row row = AdminRows.first(rows, "Client");
                    AdminViews.Client client = AdminViews.Client.of(row, null);
                    boolean newlyDisabled = client.disabled() && row.getOffsetDateTime("old_disabled_at") == null;
                    boolean scopesTaken = !client.scopes().containsAll(AdminViews.words(row.getString("old_scopes")));
                    Map<String, Object> changes = new LinkedHashMap<>(fields);
                    changes.put("tokens_revoked", newlyDisabled || scopesTaken);
                    return (newlyDisabled || scopesTaken
                            ? revocations.revokeClient(connection, client.accountId(), row.getLong("id"), clientId)
                            : Uni.createFrom().voidItem())
                            .chain(() -> audit.record(connection, operator.changed("client.updated", client.accountId(),
                                    "client:" + clientId, changes)))
                            .replaceWith(new AdminViews.ClientEnvelope(client));
                }))
                .invoke(() -> authenticator.forget(clientId));
    }


    /** 256 random bits: safe to store under a fast keyed hash. */
    private static String randomSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
