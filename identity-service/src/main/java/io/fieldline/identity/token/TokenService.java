package io.fieldline.identity.token;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Dispatches a token request to its grant. */
@ApplicationScoped
public class TokenService {

    private final ClientCredentialsGrant clientCredentials;
    private final RefreshTokenGrant refreshToken;
    private final PasswordGrant password;

    public TokenService(ClientCredentialsGrant clientCredentials, RefreshTokenGrant refreshToken, PasswordGrant password) {
        this.clientCredentials = clientCredentials;
        this.refreshToken = refreshToken;
        this.password = password;
    }

    public Uni<TokenResponse> issue(TokenRequest request, String authorization) {
        String grantType = request.grantType();
        if (grantType == null || grantType.isBlank()) {
            throw OAuthErrors.invalidRequest("grant_type is required");
        }
        return switch (grantType) {
            case ClientCredentialsGrant.TYPE -> clientCredentials.grant(request, authorization);
            case RefreshTokenGrant.TYPE -> refreshToken.grant(request, authorization);
            case PasswordGrant.TYPE -> password.grant(request, authorization);
            default -> throw OAuthErrors.unsupportedGrantType(grantType);
        };
    }
}
