package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.OAuthClientRepository;
import io.fieldline.identity.client.SecretHasher;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/** Issues tokens for the grants this server supports, after authenticating the client. */
@ApplicationScoped
public class TokenService {

    static final String CLIENT_CREDENTIALS = "client_credentials";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuthClientRepository clients;
    private final SecretHasher hasher;
    private final AccessTokenSigner signer;
    private final TokenSettings settings;
    /** Compared against when the client does not exist, so a miss costs what a hit costs. */
    private final String unknownClientHash;

    public TokenService(OAuthClientRepository clients, SecretHasher hasher, AccessTokenSigner signer,
                        TokenSettings settings) {
        this.clients = clients;
        this.hasher = hasher;
        this.signer = signer;
        this.settings = settings;
        this.unknownClientHash = hasher.hash(randomToken());
    }

    @WithTransaction
    public Uni<TokenResponse> issue(TokenRequest request, String authorization) {
        String grantType = request.grantType();
        if (grantType == null || grantType.isBlank()) {
            throw OAuthErrors.invalidRequest("grant_type is required");
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw OAuthErrors.unsupportedGrantType(grantType);
        }
        ClientCredentials credentials = ClientCredentials.of(request, authorization);
        return clients.findByClientId(credentials.clientId())
                .map(client -> authenticated(client, credentials.clientSecret()))
                .chain(client -> clientCredentialsGrant(client, request.scope()));
    }

    private OAuthClient authenticated(OAuthClient client, String secret) {
        boolean matches = hasher.matches(secret, client == null ? unknownClientHash : client.secretHash);
        if (client == null || !matches) {
            throw OAuthErrors.invalidClient();
        }
        return client;
    }

    private Uni<TokenResponse> clientCredentialsGrant(OAuthClient client, String requestedScope) {
        if (!client.allowsGrant(CLIENT_CREDENTIALS)) {
            throw OAuthErrors.unauthorizedClient(CLIENT_CREDENTIALS);
        }
        String scope = grantedScope(client, requestedScope);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String accessToken = signer.forClient(client, scope, now);
        String refreshValue = randomToken();
        RefreshToken refresh = new RefreshToken();
        refresh.tokenHash = hasher.hash(refreshValue);
        refresh.clientId = client.id;
        refresh.accountId = client.accountId;
        refresh.scopes = scope;
        refresh.issuedAt = now;
        refresh.expiresAt = now.plus(settings.refreshLifetime());
        return refresh.persist().replaceWith(new TokenResponse(accessToken, "bearer", now.getEpochSecond(),
                settings.lifetime(), refreshValue, scope));
    }

    /** The requested scopes if the client holds them all; every granted scope when none is asked for. */
    private static String grantedScope(OAuthClient client, String requested) {
        Set<String> granted = client.scopeSet();
        if (requested == null || requested.isBlank()) {
            return String.join(" ", granted);
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String scope : requested.trim().split("\\s+")) {
            if (!granted.contains(scope)) {
                throw OAuthErrors.invalidScope(scope);
            }
            asked.add(scope);
        }
        return String.join(" ", asked);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
