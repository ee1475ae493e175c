package io.fieldline.identity.token;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.workforce.LoginUser;
import io.fieldline.platform.errors.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code grant_type=refresh_token}: exchanges a refresh token for a new access and refresh token pair, retiring the
 * presented one. A retired token presented again within the grace window gets the same new pair (its client lost the
 * response); after that, it is taken as stolen and revokes every token of its family.
 * <p>
 * A client's own token is refreshed in one statement when it can be ({@link ClientTokenRefresh}); otherwise two
 * statements, no transaction held open: one reads the token with its client and user, one retires it and stores its
 * successor (with the audit entry) only if it is still unretired. Either way, of two concurrent refreshes exactly one
 * wins and the other replays the winner's answer.
 */
@ApplicationScoped
public class RefreshTokenGrant {

    static final String TYPE = "refresh_token";

    private static final String FIND = """
            SELECT rt.id, rt.account_id, rt.scopes, rt.expires_at, rt.family_id, rt.rotated_at, rt.revoked_at,
                   rt.grace_response, rt.user_id,
                   c.id AS client_row_id, c.client_id, c.scopes AS client_scopes, c.grant_types,
                   c.disabled_at AS client_disabled_at,
                   u.account_id AS user_account_id, u.organization_id, u.roles, u.active
            FROM refresh_token rt
            JOIN oauth_client c ON c.id = rt.client_id
            LEFT JOIN login_user u ON u.id = rt.user_id
            WHERE rt.token_hash = $1""";
    private static final String ROTATE = AuditTrail.after("""
            retired AS (
                UPDATE refresh_token SET rotated_at = $1, grace_response = $2
                WHERE id = $3 AND rotated_at IS NULL AND revoked_at IS NULL
                RETURNING family_id),
            successor AS (
                INSERT INTO refresh_token (token_hash, client_id, account_id, scopes, issued_at, expires_at, family_id,
                                           user_id)
                SELECT $4, $5, $6, $7, $8, $9, family_id, $10 FROM retired
                RETURNING id)""", "successor", 10);
    private static final String REVOKE_FAMILY = """
            UPDATE refresh_token SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL""";

    /**
     * A stored refresh token with its client and, for a user's token ({@code userId} set), its user while that user
     * is active in the token's account ({@code activeUser}, else null).
     */
    private record Presented(long id, long accountId, String scopes, Instant expiresAt, UUID familyId, Instant rotatedAt,
                             boolean revoked, byte[] graceResponse, OAuthClient client, boolean clientDisabled,
                             Long userId, LoginUser activeUser) {

        static Presented of(Row row) {
            OAuthClient client = OAuthClient.of(row.getLong("client_row_id"), row.getLong("account_id"),
                    row.getString("client_id"), row.getString("client_scopes"), row.getString("grant_types"));
            LoginUser user = null;
            if (row.getLong("user_id") != null && Boolean.TRUE.equals(row.getBoolean("active"))
                    && row.getLong("user_account_id") == row.getLong("account_id").longValue()) {
                user = new LoginUser();
                user.id = row.getLong("user_id");
                user.accountId = row.getLong("user_account_id");
                user.organizationId = row.getLong("organization_id");
                user.roles = row.getString("roles");
                user.active = true;
            }
            return new Presented(row.getLong("id"), row.getLong("account_id"), row.getString("scopes"),
                    instant(row.getOffsetDateTime("expires_at")), row.getUUID("family_id"),
                    instant(row.getOffsetDateTime("rotated_at")), row.getOffsetDateTime("revoked_at") != null,
                    graceResponse(row), client, row.getOffsetDateTime("client_disabled_at") != null,
                    row.getLong("user_id"), user);
        }

        private static byte[] graceResponse(Row row) {
            Buffer sealed = row.getDelegate().getBuffer("grace_response");
            return sealed == null ? null : sealed.getBytes();
        }

        String subject() {
            return userId == null ? client.clientId : String.valueOf(userId);
        }
    }

    private final Pool pool;
    private final ClientAuthenticator authenticator;
    private final TokenPairIssuer issuer;
    private final SecretHasher hasher;
    private final GraceSealer sealer;
    private final TokenSettings settings;
    private final ClientTokenRefresh clientTokens;

    public RefreshTokenGrant(Pool pool, ClientAuthenticator authenticator, TokenPairIssuer issuer, SecretHasher hasher,
                             GraceSealer sealer, TokenSettings settings, ClientTokenRefresh clientTokens) {
        this.pool = pool;
        this.authenticator = authenticator;
        this.issuer = issuer;
        this.hasher = hasher;
        this.sealer = sealer;
        this.settings = settings;
        this.clientTokens = clientTokens;
    }

    Uni<IssuedToken> grant(TokenRequest request, String authorization, GrantAudit audit) {
        String value = request.refreshToken();
        if (value == null || value.isBlank()) {
            throw OAuthErrors.invalidRequest("refresh_token is required");
        }
        Optional<ClientCredentials> presented = ClientCredentials.optional(request, authorization);
        return presentedClientId(presented).chain(clientId -> {
            Optional<RefreshTokenClaims> claims = RefreshTokenClaims.of(value)
                    .filter(said -> request.scope() == null && clientId.map(said.clientId()::equals).orElse(true));
            Uni<IssuedToken> longWay = Uni.createFrom().deferred(() -> refresh(value, clientId, request.scope(), audit, true));
            return claims.isEmpty() ? longWay
                    : clientTokens.refresh(value, claims.get(), audit).onItem().ifNull().switchTo(longWay);
        });
    }

    private Uni<IssuedToken> refresh(String value, Optional<String> presentedClientId, String requestedScope,
                                     GrantAudit audit, boolean mayRetry) {
        return pool.preparedQuery(FIND).execute(Tuple.of(hasher.hash(value))).chain(rows -> {
            Instant now = Instant.now();
            if (!rows.iterator().hasNext()) {
                throw invalidGrant();
            }
            Presented token = Presented.of(rows.iterator().next());
            if (token.revoked() || !token.expiresAt().isAfter(now) || token.clientDisabled()
                    || presentedClientId.filter(id -> !id.equals(token.client().clientId)).isPresent()) {
                throw invalidGrant();
            }
            if (token.rotatedAt() != null) {
                return replayOrRevoke(token, value, now, audit);
            }
            if (!token.client().allowsGrant(TYPE)) {
                throw OAuthErrors.unauthorizedClient(TYPE);
            }
            if (token.userId() != null && token.activeUser() == null) {
                throw invalidGrant();
            }
            Set<String> stillGranted = new LinkedHashSet<>(Scopes.parse(token.scopes()));
            stillGranted.retainAll(token.client().scopeSet());
            String scope = Scopes.narrow(stillGranted, requestedScope);
            TokenPairIssuer.Pair next = issuer.pair(token.client(), token.activeUser(), scope, token.familyId());
            return rotate(token, next, value, now, audit).chain(won -> {
                if (won) {
                    return Uni.createFrom().item(next.issued());
                }
                if (mayRetry) {
                    // a concurrent refresh of the same token won: answer as its replay
                    return refresh(value, presentedClientId, requestedScope, audit, false);
                }
                throw invalidGrant();
            });
        });
    }

    /** Retires the token and stores its successor, unless another refresh retired it first. */
    private Uni<Boolean> rotate(Presented token, TokenPairIssuer.Pair next, String value, Instant now,
                                GrantAudit audit) {
        RefreshToken successor = next.refresh();
        Buffer sealed = Buffer.buffer(sealer.seal(next.issued().response(), value));
        return audit.storeAndRecord(ROTATE, Arrays.asList(now.atOffset(ZoneOffset.UTC), sealed, token.id(),
                successor.tokenHash, successor.clientId, successor.accountId, successor.scopes,
                successor.issuedAt.atOffset(ZoneOffset.UTC), successor.expiresAt.atOffset(ZoneOffset.UTC),
                successor.userId), next.issued());
    }

    /** The client the request names: by id alone, or authenticated when it sends a secret (which must succeed). */
    private Uni<Optional<String>> presentedClientId(Optional<ClientCredentials> presented) {
        if (presented.isEmpty() || presented.get().clientSecret() == null) {
            return Uni.createFrom().item(presented.map(ClientCredentials::clientId));
        }
        return authenticator.authenticate(presented.get()).map(client -> Optional.of(client.clientId));
    }

    private Uni<IssuedToken> replayOrRevoke(Presented token, String value, Instant now, GrantAudit audit) {
        if (token.graceResponse() != null && now.isBefore(token.rotatedAt().plus(settings.refreshGrace()))) {
            return audit.recordReplay(new IssuedToken(sealer.open(token.graceResponse(), value), token.accountId(),
                    token.client().clientId, token.subject(), null));
        }
        return pool.preparedQuery(REVOKE_FAMILY).execute(Tuple.of(token.familyId(), now.atOffset(ZoneOffset.UTC)))
                .map(revoked -> {
                    throw new ApiException(400, "invalid_grant",
                            "The refresh token was already used; every token of its grant is now revoked");
                });
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static ApiException invalidGrant() {
        return new ApiException(400, "invalid_grant", "The refresh token is invalid, expired or revoked");
    }
}
