package io.fieldline.identity.token;

import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.SecretHasher;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Refreshes a client's own token in one statement, from what the token says of itself ({@link RefreshTokenClaims}):
 * the next pair is signed first, then retired, stored and audited together, on the condition that the presented token
 * is current, says what its row says, and that its client is enabled, may refresh and still has the token's scopes.
 * When any of that fails, nothing changes and {@link RefreshTokenGrant} takes the request the long way, which tells
 * the reason (or answers a retry within the grace window).
 */
@ApplicationScoped
class ClientTokenRefresh {

    private static final String ROTATE = AuditTrail.after("""
            retired AS (
                UPDATE refresh_token rt SET rotated_at = $1, grace_response = $2
                FROM oauth_client c
                WHERE rt.token_hash = $3 AND rt.rotated_at IS NULL AND rt.revoked_at IS NULL AND rt.expires_at > $1
                  AND rt.user_id IS NULL AND rt.account_id = $4 AND rt.scopes = $5
                  AND c.id = rt.client_id AND c.client_id = $6 AND c.disabled_at IS NULL
                  AND 'refresh_token' = ANY (string_to_array(c.grant_types, ' '))
                  AND string_to_array(rt.scopes, ' ') <@ string_to_array(c.scopes, ' ')
                RETURNING rt.family_id, rt.client_id),
            successor AS (
                INSERT INTO refresh_token (token_hash, client_id, account_id, scopes, issued_at, expires_at, family_id)
                SELECT $7, client_id, $4, $5, $8, $9, family_id FROM retired
                RETURNING id)""", "successor", 9);

    private final TokenPairIssuer issuer;
    private final SecretHasher hasher;
    private final GraceSealer sealer;

    public ClientTokenRefresh(TokenPairIssuer issuer, SecretHasher hasher, GraceSealer sealer) {
        this.issuer = issuer;
        this.hasher = hasher;
        this.sealer = sealer;
    }

    /** The next pair, or null when this token cannot be refreshed in one statement. */
    Uni<IssuedToken> refresh(String value, RefreshTokenClaims claims, GrantAudit audit) {
        Instant now = Instant.now();
        // the row's client id and family come from the retired row itself
        TokenPairIssuer.Pair next = issuer.pair(claims.client(), null, claims.scope(), null);
        RefreshToken successor = next.refresh();
        Buffer sealed = Buffer.buffer(sealer.seal(next.issued().response(), value));
        return audit.storeAndRecord(ROTATE, Arrays.asList(now.atOffset(ZoneOffset.UTC), sealed, hasher.hash(value),
                        claims.accountId(), claims.scope(), claims.clientId(), successor.tokenHash,
                        successor.issuedAt.atOffset(ZoneOffset.UTC), successor.expiresAt.atOffset(ZoneOffset.UTC)),
                        next.issued())
                .map(rotated -> rotated ? next.issued() : null);
    }
}
