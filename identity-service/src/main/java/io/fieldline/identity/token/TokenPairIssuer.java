package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.workforce.LoginUser;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/** Issues an access token with a new refresh token of a family, storing only the refresh token's hash. */
@ApplicationScoped
public class TokenPairIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenSigner signer;
    private final SecretHasher hasher;
    private final TokenSettings settings;

    public TokenPairIssuer(AccessTokenSigner signer, SecretHasher hasher, TokenSettings settings) {
        this.signer = signer;
        this.hasher = hasher;
        this.settings = settings;
    }

    /** A pair that acts for the client's whole account; must run in a transaction. */
    Uni<TokenResponse> issue(OAuthClient client, String scope, UUID family) {
        return issue(client, null, scope, family);
    }

    /** A pair that acts for one user ({@code user} null: for the client's account); must run in a transaction. */
    Uni<TokenResponse> issue(OAuthClient client, LoginUser user, String scope, UUID family) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String refreshValue = randomToken();
        RefreshToken refresh = new RefreshToken();
        refresh.tokenHash = hasher.hash(refreshValue);
        refresh.clientId = client.id;
        refresh.accountId = client.accountId;
        refresh.scopes = scope;
        refresh.issuedAt = now;
        refresh.expiresAt = now.plus(settings.refreshLifetime());
        refresh.familyId = family;
        refresh.userId = user == null ? null : user.id;
        String accessToken = user == null ? signer.forClient(client, scope, now) : signer.forUser(client, user, scope, now);
        return refresh.persist().replaceWith(new TokenResponse(accessToken, "bearer", now.getEpochSecond(),
                settings.lifetime(), refreshValue, scope));
    }

    /** 256 random bits, URL-safe. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
