package io.fieldline.identity.admin;

import io.fieldline.events.RevocationEvent;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.integrationkey.IntegrationKeys;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.paging.LimitOffset;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Integration keys of a client: long-lived API keys that the gateway accepts instead of a bearer token, acting as the
 * client with its scopes. A key is shown once, when created, and stored as a keyed hash. Revoking it stops it at the
 * gateway and every service within seconds.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class IntegrationKeysResource {

    private static final int MAX_NAME = 200;
    private static final String COLUMNS = """
            k.id, c.client_id, k.name, k.key_prefix, k.created_at, k.last_used_at, k.revoked_at""";

    private final Pool pool;
    private final SecretHasher hasher;
    private final AdminCaller caller;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Duration keyTokenLifetime;

    public IntegrationKeysResource(Pool pool, SecretHasher hasher, AdminCaller caller, AuditTrail audit, Outbox outbox,
                                   @ConfigProperty(name = "fieldline.integration-key.token-lifetime") Duration keyTokenLifetime) {
        this.pool = pool;
        this.hasher = hasher;
        this.caller = caller;
        this.audit = audit;
        this.outbox = outbox;
        this.keyTokenLifetime = keyTokenLifetime;
    }

    @POST
    @Path("/clients/{client_id}/integration-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@PathParam("client_id") String clientId, Map<String, Object> body) {
        Map<String, Object> fields = AdminBodies.orEmpty(body);
        FieldErrors errors = new FieldErrors();
        AdminBodies.onlyKnownFields(fields, Set.of("name"), errors);
        Optional<String> name = AdminBodies.text(fields, "name", MAX_NAME, errors);
        errors.throwIfAny();
        String key = IntegrationKeys.generate();
        AdminCaller.Operator operator = caller.operator();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                                WITH k AS (
                                    INSERT INTO integration_key (client_id, account_id, name, key_hash, key_prefix, created_at)
                                    SELECT id, account_id, $2, $3, $4, date_trunc('second', now())
                                    FROM oauth_client WHERE client_id = $1
                                    RETURNING *)
                                SELECT %s, c.account_id FROM k JOIN oauth_client c ON c.id = k.client_id""".formatted(COLUMNS))
                        .execute(Tuple.of(clientId, name.orElse("Integration key"), hasher.hash(key),
                                IntegrationKeys.visiblePart(key)))
                        .chain(rows -> {
                            Row row = AdminRows.first(rows, "Client");
                            AdminViews.IntegrationKey created = AdminViews.IntegrationKey.of(row, key);
                            return audit.record(connection, operator.changed("integration_key.created",
                                            row.getLong("account_id"), IntegrationKeys.subject(created.id()),
                                            Map.of("client_id", clientId, "name", created.name(), "key_prefix", created.keyPrefix())))
                                    .replaceWith(created);
                        }))
                .map(created -> Response.status(201).entity(new AdminViews.IntegrationKeyEnvelope(created)).build());
    }

    @GET
    @Path("/clients/{client_id}/integration-keys")
    public Uni<Map<String, Object>> list(@PathParam("client_id") String clientId, @QueryParam("limit") String limit,
                                         @QueryParam("offset") String offset) {
        LimitOffset page = LimitOffset.parse(limit, offset);
        return pool.preparedQuery("SELECT id, (SELECT count(*) FROM integration_key WHERE client_id = c.id) AS total "
                        + "FROM oauth_client c WHERE client_id = $1")
                .execute(Tuple.of(clientId))
                .chain(counted -> {
                    Row client = AdminRows.first(counted, "Client");
                    return pool.preparedQuery("SELECT " + COLUMNS + " FROM integration_key k JOIN oauth_client c "
                                    + "ON c.id = k.client_id WHERE k.client_id = $1 ORDER BY k.id LIMIT $2 OFFSET $3")
                            .execute(Tuple.of(client.getLong("id"), page.limit(), page.offset()))
                            .map(rows -> {
                                List<AdminViews.IntegrationKey> keys = new ArrayList<>();
                                rows.forEach(row -> keys.add(AdminViews.IntegrationKey.of(row, null)));
                                return page.envelope("integration_keys", keys, client.getLong("total"));
                            });
                });
    }

    /** Revokes the key; revoking it again changes nothing. */
    @DELETE
    @Path("/integration-keys/{id}")
    public Uni<Response> revoke(@PathParam("id") long id) {
        AdminCaller.Operator operator = caller.operator();
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        UPDATE integration_key k SET revoked_at = coalesce(k.revoked_at, now())
                        FROM (SELECT revoked_at FROM integration_key WHERE id = $1 FOR UPDATE) old
                        WHERE k.id = $1
                        RETURNING k.account_id, old.revoked_at AS old_revoked_at""")
                .execute(Tuple.of(id))
                .chain(rows -> {
                    Row row = AdminRows.first(rows, "Integration key");
                    if (row.getOffsetDateTime("old_revoked_at") != null) {
                        return Uni.createFrom().voidItem();
                    }
                    long accountId = row.getLong("account_id");
                    String subject = IntegrationKeys.subject(id);
                    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                    return outbox.record(connection, new ChangeEvent<>(RevocationEvent.SUBJECT_REVOKED, subject,
                                    accountId, RevocationEvent.subject(accountId, subject, now, now.plus(keyTokenLifetime))))
                            .chain(() -> audit.record(connection, operator.changed("integration_key.revoked", accountId,
                                    subject, Map.of())));
                }))
                .replaceWith(Response.noContent().build());
    }

}
