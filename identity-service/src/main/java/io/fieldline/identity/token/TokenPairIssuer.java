package io.fieldline.identity.token;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.TimeOrderedIds;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.workforce.LoginUser;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/** Issues an access token with a new refresh token of a family, storing only the refresh token's hash. */
@ApplicationScoped
public class TokenPairIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INSERT = AuditTrail.after("""
            stored AS (
                INSERT INTO refresh_token (token_hash, client_id, account_id, scopes, issued_at, expires_at, family_id,
                                           user_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                RETURNING id)""", "stored", 8);

    /** A signed access token and the refresh token row to store with it. */
    record Pair(IssuedToken issued, RefreshToken refresh) {
    }

    private final AccessTokenSigner signer;
    private final SecretHasher hasher;
    private final TokenSettings settings;

    public TokenPairIssuer(AccessTokenSigner signer, SecretHasher hasher, TokenSettings settings) {
        this.signer = signer;
        this.hasher = hasher;
        this.settings = settings;
    }

    /**
     * A new grant's pair ({@code user} null: for the client's whole account), stored and audited in one statement of
     * its own; call it outside any session.
     */
    Uni<IssuedToken> issue(OAuthClient client, LoginUser user, String scope, GrantAudit audit) {
        Pair pair = pair(client, user, scope, TimeOrderedIds.next());
        RefreshToken refresh = pair.refresh();
        return audit.storeAndRecord(INSERT, Arrays.asList(refresh.tokenHash, refresh.clientId, refresh.accountId,
                        refresh.scopes, refresh.issuedAt.atOffset(ZoneOffset.UTC),
                        refresh.expiresAt.atOffset(ZoneOffset.UTC), refresh.familyId, refresh.userId), pair.issued())
                .replaceWith(pair.issued());
    }

    /** The next pair of a family, for the caller to store as it retires the previous token. */
    Pair pair(OAuthClient client, LoginUser user, String scope, UUID family) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String refreshValue = user == null ? RefreshTokenClaims.newValue(client, scope) : randomToken();
        RefreshToken refresh = new RefreshToken();
        refresh.tokenHash = hasher.hash(refreshValue);
        refresh.clientId = client.id;
        refresh.accountId = client.accountId;
        refresh.scopes = scope;
        refresh.issuedAt = now;
        refresh.expiresAt = now.plus(settings.refreshLifetime());
        refresh.familyId = family;
        refresh.userId = user == null ? null : user.id;
        String jti = AccessTokenSigner.newJti();
        String accessToken = user == null
                ? signer.forClient(client, scope, now, jti)
                : signer.forUser(client, user, scope, now, jti);
        TokenResponse response = new TokenResponse(accessToken, "bearer", now.getEpochSecond(), settings.lifetime(),
                refreshValue, scope);
        return new Pair(new IssuedToken(response, client.accountId, client.clientId,
                user == null ? client.clientId : String.valueOf(user.id), jti), refresh);
    }

    /** 256 random bits, URL-safe. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
