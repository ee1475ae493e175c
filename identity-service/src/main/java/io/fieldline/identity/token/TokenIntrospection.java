package io.fieldline.identity.token;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.OAuthClientRepository;
import io.fieldline.identity.client.SecretHasher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.fieldline.messaging.revocation.Revocations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * RFC 7662 introspection for authenticated clients. A token of another account is reported inactive, like an unknown
 * one, so no client learns anything about another tenant's tokens.
 */
@ApplicationScoped
public class TokenIntrospection {

    private final ClientAuthenticator authenticator;
    private final RefreshTokenRepository refreshTokens;
    private final OAuthClientRepository clients;
    private final AccessTokenReader accessTokens;
    private final SecretHasher hasher;
    private final TokenSettings settings;
    private final Revocations revocations;

    public TokenIntrospection(ClientAuthenticator authenticator, RefreshTokenRepository refreshTokens,
                              OAuthClientRepository clients, AccessTokenReader accessTokens, SecretHasher hasher,
                              TokenSettings settings, Revocations revocations) {
        this.authenticator = authenticator;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.hasher = hasher;
        this.settings = settings;
        this.revocations = revocations;
    }

    public Uni<IntrospectionResponse> introspect(TokenActionRequest request, String authorization) {
        ClientCredentials credentials = ClientCredentials.required(request.clientId(), request.clientSecret(), authorization);
        String token = request.requiredToken();
        return authenticator.authenticate(credentials).chain(caller -> Panache.withSession(() ->
                refreshTokens.find("tokenHash", hasher.hash(token)).firstResult().chain(refresh -> refresh != null
                        ? refreshToken(caller, refresh)
                        : accessToken(caller, token))));
    }

    private Uni<IntrospectionResponse> refreshToken(OAuthClient caller, RefreshToken refresh) {
        if (refresh.accountId != caller.accountId || refresh.rotatedAt != null || !refresh.isUsable(Instant.now())) {
            return Uni.createFrom().item(IntrospectionResponse.INACTIVE);
        }
        return clients.findById(refresh.clientId).map(owner -> new IntrospectionResponse(true, refresh.scopes,
                owner.clientId, "refresh_token", refresh.expiresAt.getEpochSecond(), refresh.issuedAt.getEpochSecond(),
                owner.clientId, settings.issuer(), null));
    }

    private Uni<IntrospectionResponse> accessToken(OAuthClient caller, String token) {
        return accessTokens.read(token)
                .filter(access -> access.accountId() == caller.accountId)
                // revoked through its user, client or integration key, as every verifier learns from the revocation events
                .filter(access -> !revocations.isRevoked(access.jti(), access.accountId(), access.subject(),
                        access.clientId(), access.issuedAt()))
                .map(access -> RevokedAccessToken.findById(access.jti()).map(revoked -> revoked != null
                        ? IntrospectionResponse.INACTIVE
                        : new IntrospectionResponse(true, access.scope(), access.clientId(), "Bearer",
                                access.expiresAt().getEpochSecond(), access.issuedAt().getEpochSecond(),
                                access.subject(), settings.issuer(), access.jti())))
                .orElse(Uni.createFrom().item(IntrospectionResponse.INACTIVE));
    }
}
