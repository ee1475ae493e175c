package io.fieldline.identity.token;

import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.Origin;
import io.fieldline.platform.errors.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dispatches a token request to its grant, and audits the outcome: each grant records what it issues as it stores it
 * ({@link GrantAudit}), and every refusal is recorded here.
 */
@ApplicationScoped
public class TokenService {

    private final ClientCredentialsGrant clientCredentials;
    private final RefreshTokenGrant refreshToken;
    private final PasswordGrant password;
    private final AuditTrail audit;
    private final Pool pool;

    public TokenService(ClientCredentialsGrant clientCredentials, RefreshTokenGrant refreshToken, PasswordGrant password,
                        AuditTrail audit, Pool pool) {
        this.clientCredentials = clientCredentials;
        this.refreshToken = refreshToken;
        this.password = password;
        this.audit = audit;
        this.pool = pool;
    }

    public Uni<TokenResponse> issue(TokenRequest request, String authorization, Origin origin) {
        GrantAudit grantAudit = new GrantAudit(audit, pool, request.grantType(), origin);
        return Uni.createFrom().deferred(() -> grant(request, authorization, grantAudit))
                .onFailure(ApiException.class).call(refusal -> audit.record(pool,
                        refusedEntry(request, authorization, (ApiException) refusal, origin)))
                .map(IssuedToken::response);
    }

    private Uni<IssuedToken> grant(TokenRequest request, String authorization, GrantAudit grantAudit) {
        String grantType = request.grantType();
        if (grantType == null || grantType.isBlank()) {
            throw OAuthErrors.invalidRequest("grant_type is required");
        }
        return switch (grantType) {
            case ClientCredentialsGrant.TYPE -> clientCredentials.grant(request, authorization, grantAudit);
            case RefreshTokenGrant.TYPE -> refreshToken.grant(request, authorization, grantAudit);
            case PasswordGrant.TYPE -> password.grant(request, authorization, grantAudit);
            default -> throw OAuthErrors.unsupportedGrantType(grantType);
        };
    }

    private static AuditEntry refusedEntry(TokenRequest request, String authorization, ApiException refusal,
                                           Origin origin) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grant_type", request.grantType());
        details.put("error", refusal.code());
        String target = PasswordGrant.TYPE.equals(request.grantType()) ? request.username() : null;
        return new AuditEntry("token.refused", AuditEntry.REFUSED, null, presentedClientId(request, authorization),
                target, origin, details);
    }

    /** The client id the request claimed, if it can be read; it is what was presented, not what was proven. */
    private static String presentedClientId(TokenRequest request, String authorization) {
        try {
            return ClientCredentials.optional(request, authorization).map(ClientCredentials::clientId).orElse(null);
        } catch (ApiException unreadable) {
            return null;
        }
    }
}
