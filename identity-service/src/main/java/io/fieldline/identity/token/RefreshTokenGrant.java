package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.OAuthClientRepository;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.workforce.LoginUser;
import io.fieldline.platform.errors.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code grant_type=refresh_token}: exchanges a refresh token for a new access and refresh token pair, retiring the
 * presented one. A retired token presented again within the grace window gets the same new pair (its client lost the
 * response); after that, it is taken as stolen and revokes every token of its family.
 */
@ApplicationScoped
public class RefreshTokenGrant {

    static final String TYPE = "refresh_token";

    /** Either the response, or a refusal to raise once the transaction committed what it must keep. */
    private record Outcome(IssuedToken issued, ApiException refusal) {

        IssuedToken orThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return issued;
        }
    }

    private final RefreshTokenRepository refreshTokens;
    private final OAuthClientRepository clients;
    private final ClientAuthenticator authenticator;
    private final TokenPairIssuer issuer;
    private final SecretHasher hasher;
    private final GraceSealer sealer;
    private final TokenSettings settings;

    public RefreshTokenGrant(RefreshTokenRepository refreshTokens, OAuthClientRepository clients,
                             ClientAuthenticator authenticator, TokenPairIssuer issuer, SecretHasher hasher,
                             GraceSealer sealer, TokenSettings settings) {
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.authenticator = authenticator;
        this.issuer = issuer;
        this.hasher = hasher;
        this.sealer = sealer;
        this.settings = settings;
    }

    Uni<IssuedToken> grant(TokenRequest request, String authorization) {
        String value = request.refreshToken();
        if (value == null || value.isBlank()) {
            throw OAuthErrors.invalidRequest("refresh_token is required");
        }
        Optional<ClientCredentials> presented = ClientCredentials.optional(request, authorization);
        return presentedClientId(presented)
                .chain(clientId -> Panache.withTransaction(() -> refreshTokens.findByHashForUpdate(hasher.hash(value))
                        .chain(token -> refresh(token, value, clientId, request.scope()))))
                .map(Outcome::orThrow);
    }

    private Uni<Outcome> refresh(RefreshToken token, String value, Optional<String> presentedClientId,
                                 String requestedScope) {
        Instant now = Instant.now();
        if (token == null || !token.isUsable(now)) {
            throw invalidGrant();
        }
        return clients.findById(token.clientId)
                .map(client -> sameClient(client, presentedClientId))
                .chain(client -> {
                    if (token.rotatedAt != null) {
                        return replayOrRevoke(token, client, value, now);
                    }
                    if (!client.allowsGrant(TYPE)) {
                        throw OAuthErrors.unauthorizedClient(TYPE);
                    }
                    Set<String> stillGranted = new LinkedHashSet<>(Scopes.parse(token.scopes));
                    stillGranted.retainAll(client.scopeSet());
                    String scope = Scopes.narrow(stillGranted, requestedScope);
                    return activeUser(token).chain(user -> issuer.issueInTransaction(client, user, scope, token.familyId)).map(issued -> {
                        token.rotatedAt = now;
                        token.graceResponse = sealer.seal(issued.response(), value);
                        return new Outcome(issued, null);
                    });
                });
    }

    /** The client the request names: by id alone, or authenticated when it sends a secret (which must succeed). */
    private Uni<Optional<String>> presentedClientId(Optional<ClientCredentials> presented) {
        if (presented.isEmpty() || presented.get().clientSecret() == null) {
            return Uni.createFrom().item(presented.map(ClientCredentials::clientId));
        }
        return authenticator.authenticate(presented.get()).map(client -> Optional.of(client.clientId));
    }

    /** The token's client must still be enabled, and when the request names a client, it must be that one. */
    private static OAuthClient sameClient(OAuthClient tokenClient, Optional<String> presentedClientId) {
        if (tokenClient == null || tokenClient.disabledAt != null
                || presentedClientId.filter(id -> !id.equals(tokenClient.clientId)).isPresent()) {
            throw invalidGrant();
        }
        return tokenClient;
    }

    /** The user of a user's refresh token, who must still be active; null for a client's own token. */
    private Uni<LoginUser> activeUser(RefreshToken token) {
        if (token.userId == null) {
            return Uni.createFrom().nullItem();
        }
        return LoginUser.<LoginUser>findById(token.userId).map(user -> {
            if (user == null || !user.active || user.accountId != token.accountId) {
                throw invalidGrant();
            }
            return user;
        });
    }

    private Uni<Outcome> replayOrRevoke(RefreshToken token, OAuthClient client, String value, Instant now) {
        if (token.graceResponse != null && now.isBefore(token.rotatedAt.plus(settings.refreshGrace()))) {
            // the same pair again: its access token id is inside the sealed response, and was audited when issued
            String subject = token.userId == null ? client.clientId : String.valueOf(token.userId);
            return Uni.createFrom().item(new Outcome(new IssuedToken(sealer.open(token.graceResponse, value),
                    token.accountId, client.clientId, subject, null), null));
        }
        return refreshTokens.revokeFamily(token.familyId, now).replaceWith(new Outcome(null,
                new ApiException(400, "invalid_grant",
                        "The refresh token was already used; every token of its grant is now revoked")));
    }

    private static ApiException invalidGrant() {
        return new ApiException(400, "invalid_grant", "The refresh token is invalid, expired or revoked");
    }
}
