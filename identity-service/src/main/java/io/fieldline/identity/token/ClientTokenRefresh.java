package io.fieldline.identity.token;

import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.BatchStatement;
import io.fieldline.identity.client.SecretHasher;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Refreshes a client's own token in one statement, from what the token says of itself ({@link RefreshTokenClaims}):
 * the next pair is signed first, then retired, stored and audited together, on the condition that the presented token
 * is current, says what its row says, and that its client is enabled, may refresh and still has the token's scopes.
 * When any of that fails, nothing changes and {@link RefreshTokenGrant} takes the request the long way, which tells
 * the reason (or answers a retry within the grace window).
 * <p>
 * Concurrent refreshes share their statement ({@link Batcher}): each statement costs the database far more than each
 * token it rotates.
 */
@ApplicationScoped
class ClientTokenRefresh {

    private static final BatchStatement ROTATE = AuditTrail.afterEach("""
            input AS (
                SELECT * FROM unnest($1::text[], $2::bytea[], $3::bigint[], $4::text[], $5::text[], $6::text[],
                                     $7::timestamptz[], $8::timestamptz[], $9::timestamptz[])
                    WITH ORDINALITY AS i(token_hash, grace_response, account_id, scopes, client_id, successor_hash,
                                         rotated_at, issued_at, expires_at, ord)),
            retired AS (
                UPDATE refresh_token rt SET rotated_at = i.rotated_at, grace_response = i.grace_response
                FROM input i, oauth_client c
                WHERE rt.token_hash = i.token_hash AND rt.rotated_at IS NULL AND rt.revoked_at IS NULL
                  AND rt.expires_at > i.rotated_at
                  AND rt.user_id IS NULL AND rt.account_id = i.account_id AND rt.scopes = i.scopes
                  AND c.id = rt.client_id AND c.client_id = i.client_id AND c.disabled_at IS NULL
                  AND 'refresh_token' = ANY (string_to_array(c.grant_types, ' '))
                  AND string_to_array(rt.scopes, ' ') <@ string_to_array(c.scopes, ' ')
                RETURNING i.ord, i.successor_hash, i.issued_at, i.expires_at, rt.client_id, rt.account_id, rt.scopes,
                          rt.family_id),
            successor AS (
                INSERT INTO refresh_token (token_hash, client_id, account_id, scopes, issued_at, expires_at, family_id)
                SELECT successor_hash, client_id, account_id, scopes, issued_at, expires_at, family_id FROM retired)""",
            "retired", String.class, Buffer.class, Long.class, String.class, String.class, String.class,
            OffsetDateTime.class, OffsetDateTime.class, OffsetDateTime.class);
    // a few statements at once keep both the database and this service busy; beyond that, refreshes wait and share
    private static final int CONCURRENT_STATEMENTS = 4;
    private static final int MAX_BATCH = 100;

    /** One token to retire, with the row of its statement's parameters and the entry that audits it. */
    private record Rotation(String tokenHash, List<Object> parameters, AuditEntry entry) {
    }

    private final TokenPairIssuer issuer;
    private final SecretHasher hasher;
    private final GraceSealer sealer;
    private final AuditTrail trail;
    private final Pool pool;
    private final Batcher<Rotation, Boolean> rotations = new Batcher<>(this::rotate, CONCURRENT_STATEMENTS, MAX_BATCH);

    public ClientTokenRefresh(TokenPairIssuer issuer, SecretHasher hasher, GraceSealer sealer, AuditTrail trail,
                              Pool pool) {
        this.issuer = issuer;
        this.hasher = hasher;
        this.sealer = sealer;
        this.trail = trail;
        this.pool = pool;
    }

    /** The next pair, or null when this token cannot be refreshed in one statement. */
    Uni<IssuedToken> refresh(String value, RefreshTokenClaims claims, GrantAudit audit) {
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        // the row's client id and family come from the retired row itself
        TokenPairIssuer.Pair next = issuer.pair(claims.client(), null, claims.scope(), null);
        RefreshToken successor = next.refresh();
        Buffer sealed = Buffer.buffer(sealer.seal(next.issued().response(), value));
        String tokenHash = hasher.hash(value);
        List<Object> parameters = Arrays.asList(tokenHash, sealed, claims.accountId(), claims.scope(),
                claims.clientId(), successor.tokenHash, now, successor.issuedAt.atOffset(ZoneOffset.UTC),
                successor.expiresAt.atOffset(ZoneOffset.UTC));
        return rotations.submit(new Rotation(tokenHash, parameters, audit.issued(next.issued())))
                .map(rotated -> rotated ? next.issued() : null);
    }

    /**
     * Rotates in the order of the tokens' hashes: two statements that both hold a token presented twice at once then
     * lock their rows in the same order, and cannot deadlock.
     */
    private Uni<List<Boolean>> rotate(List<Rotation> batch) {
        Integer[] order = IntStream.range(0, batch.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparing(i -> batch.get(i).tokenHash()));
        List<Rotation> ordered = Arrays.stream(order).map(batch::get).toList();
        return trail.recordAfterEach(pool, ROTATE, ordered.stream().map(Rotation::parameters).toList(),
                ordered.stream().map(Rotation::entry).toList()).map(done -> {
                    Boolean[] rotated = new Boolean[batch.size()];
                    for (int k = 0; k < order.length; k++) {
                        rotated[order[k]] = done.get(k);
                    }
                    return Arrays.asList(rotated);
                });
    }
}
