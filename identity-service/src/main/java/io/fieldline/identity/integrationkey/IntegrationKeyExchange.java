package io.fieldline.identity.integrationkey;

import io.fieldline.identity.config.IntegrationKeyConfig;
import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.Origin;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.credential.InternalEndpoint;
import io.fieldline.identity.token.AccessTokenSigner;
import io.fieldline.identity.token.TokenResponse;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.serviceauth.ServiceCredentials;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /internal/integration-keys/token}: the gateway trades an integration key for a short-lived access token
 * of the key's client, with the client's scopes, which it then forwards like any bearer token. Only the gateway may
 * call it. A revoked key, or one of a disabled client or account, gets nothing; each exchange is audited.
 */
@Path("/internal/integration-keys/token")
@Produces(MediaType.APPLICATION_JSON)
@InternalEndpoint(caller = ServiceCredentials.GATEWAY)
public class IntegrationKeyExchange {

    /** What the gateway sends. */
    public record ExchangeRequest(String key) {
    }

    private static final String USE = """
            UPDATE integration_key k SET last_used_at = now()
            FROM oauth_client c JOIN account a ON a.id = c.account_id
            WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND c.id = k.client_id
              AND c.disabled_at IS NULL AND a.disabled_at IS NULL
            RETURNING k.id AS key_id, c.id, c.account_id, c.client_id, c.scopes, c.grant_types""";

    private final Pool pool;
    private final SecretHasher hasher;
    private final AccessTokenSigner signer;
    private final AuditTrail audit;
    private final long lifetimeSeconds;

    public IntegrationKeyExchange(Pool pool, SecretHasher hasher, AccessTokenSigner signer,
                                  AuditTrail audit,
                                  IntegrationKeyConfig config) {
        this.pool = pool;
        this.hasher = hasher;
        this.signer = signer;
        this.audit = audit;
        this.lifetimeSeconds = config.tokenLifetime().toSeconds();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<TokenResponse> exchange(ExchangeRequest request, @Context HttpServerRequest http) {
        if (request == null || request.key() == null || request.key().isBlank()) {
            throw new ApiException(422, "validation_failed", "Validation failed: key is required");
        }
        Origin origin = Origin.of(http);
        return pool.preparedQuery(USE).execute(Tuple.of(hasher.hash(request.key()))).chain(rows -> {
            if (!rows.iterator().hasNext()) {
                return audit.record(pool, refused(request.key(), origin)).chain(() -> Uni.createFrom()
                        .failure(ApiException.unauthorized("Unknown or revoked integration key")));
            }
            Row row = rows.iterator().next();
            OAuthClient client = OAuthClient.of(row.getLong("id"), row.getLong("account_id"),
                    row.getString("client_id"), row.getString("scopes"), row.getString("grant_types"));
            String subject = IntegrationKeys.subject(row.getLong("key_id"));
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String jti = AccessTokenSigner.newJti();
            String token = signer.forIntegrationKey(client, subject, client.scopes, now, lifetimeSeconds, jti);
            return audit.record(pool, issued(client, subject, jti, origin))
                    .replaceWith(new TokenResponse(token, "bearer", now.getEpochSecond(), lifetimeSeconds, null,
                            client.scopes));
        });
    }

    private static AuditEntry issued(OAuthClient client, String subject, String jti, Origin origin) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grant_type", "integration_key");
        details.put("scope", client.scopes);
        details.put("jti", jti);
        return AuditEntry.success("token.issued", client.accountId, client.clientId, subject, origin, details);
    }

    private static AuditEntry refused(String key, Origin origin) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grant_type", "integration_key");
        details.put("error", "invalid_key");
        details.put("key_prefix", IntegrationKeys.visiblePart(key));
        return new AuditEntry("token.refused", AuditEntry.REFUSED, null, null, null, origin, details);
    }
}
