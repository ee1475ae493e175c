package io.fieldline.identity.token;

import io.fieldline.events.RevocationEvent;
import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.Origin;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * RFC 7009 revocation: a client revokes its own refresh tokens (with every token of the same grant) and access tokens;
 * a revoked access token is announced to the gateway and every service, which check tokens locally.
 * A token that is invalid or unknown is no error: the client's goal, that the token no longer works, holds.
 * Every revocation is audited.
 */
@ApplicationScoped
public class TokenRevocation {

    private final ClientAuthenticator authenticator;
    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenReader accessTokens;
    private final SecretHasher hasher;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Pool pool;

    public TokenRevocation(ClientAuthenticator authenticator, RefreshTokenRepository refreshTokens,
                           AccessTokenReader accessTokens, SecretHasher hasher, Outbox outbox, AuditTrail audit,
                           Pool pool) {
        this.authenticator = authenticator;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.hasher = hasher;
        this.outbox = outbox;
        this.audit = audit;
        this.pool = pool;
    }

    public Uni<Void> revoke(TokenActionRequest request, String authorization, Origin origin) {
        ClientCredentials credentials = ClientCredentials.required(request.clientId(), request.clientSecret(), authorization);
        String token = request.requiredToken();
        return authenticator.authenticate(credentials).chain(client -> Panache.withTransaction(() ->
                        refreshTokens.findByHashForUpdate(hasher.hash(token)).chain(refresh -> refresh != null
                                ? revokeRefreshToken(client, refresh)
                                : revokeAccessToken(client, token)))
                .chain(revoked -> audit.record(pool, revokedEntry(client, revoked, origin))));
    }

    /** What was revoked: {@code refresh_token_family:<id>}, {@code access_token:<jti>}, or null for an unknown token. */
    private Uni<String> revokeRefreshToken(OAuthClient client, RefreshToken refresh) {
        requireOwnToken(client, refresh.clientId);
        return refreshTokens.revokeFamily(refresh.familyId, Instant.now())
                .replaceWith("refresh_token_family:" + refresh.familyId);
    }

    private Uni<String> revokeAccessToken(OAuthClient client, String token) {
        return accessTokens.read(token).map(access -> {
            if (!client.clientId.equals(access.clientId())) {
                throw notIssuedToThisClient();
            }
            return RevokedAccessToken.<RevokedAccessToken>findById(access.jti()).chain(known -> {
                if (known != null) {
                    return Uni.createFrom().item("access_token:" + access.jti());
                }
                RevokedAccessToken revoked = new RevokedAccessToken();
                revoked.jti = access.jti();
                revoked.accountId = access.accountId();
                revoked.expiresAt = access.expiresAt();
                revoked.revokedAt = Instant.now();
                return revoked.persist().chain(() -> outbox.record(new ChangeEvent<>(
                        RevocationEvent.TOKEN_REVOKED, access.jti(), access.accountId(),
                        RevocationEvent.token(access.accountId(), access.jti(), access.expiresAt()))))
                        .replaceWith("access_token:" + access.jti());
            });
        }).orElse(Uni.createFrom().nullItem());
    }

    private static AuditEntry revokedEntry(OAuthClient client, String revoked, Origin origin) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("known_token", revoked != null);
        return AuditEntry.success("token.revoked", client.accountId, client.clientId, revoked, origin, details);
    }

    private static void requireOwnToken(OAuthClient client, long tokenClientId) {
        if (client.id != tokenClientId) {
            throw notIssuedToThisClient();
        }
    }

    private static ApiException notIssuedToThisClient() {
        return OAuthErrors.invalidRequest("The token was not issued to this client");
    }
}
