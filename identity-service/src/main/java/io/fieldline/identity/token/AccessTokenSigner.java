package io.fieldline.identity.token;

import io.fieldline.identity.config.TokenSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.signing.SigningKeys;
import io.fieldline.identity.workforce.LoginUser;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Signs access tokens as RFC 9068 JWTs with the claims every Fieldline service reads. */
@ApplicationScoped
public class AccessTokenSigner {

    private final SigningKeys keys;
    private final TokenSettings settings;
    private final ObjectMapper json;

    public AccessTokenSigner(SigningKeys keys, TokenSettings settings, ObjectMapper json) {
        this.keys = keys;
        this.settings = settings;
        this.json = json;
    }

    /** A new token id. */
    public static String newJti() {
        return UUID.randomUUID().toString();
    }

    /** A client-credentials token: it acts for the client's whole account. */
    String forClient(OAuthClient client, String scope, Instant issuedAt, String jti) {
        return sign(claims(client, client.clientId, scope, issuedAt, settings.lifetime(), jti));
    }

    /** A user's token: it acts for one user and sees only that user's organization. */
    String forUser(OAuthClient client, LoginUser user, String scope, Instant issuedAt, String jti) {
        Map<String, Object> claims = claims(client, String.valueOf(user.id), scope, issuedAt, settings.lifetime(), jti);
        claims.put("org", user.organizationId);
        claims.put("roles", user.roleList());
        return sign(claims);
    }

    /**
     * A token the gateway uses for a request made with an integration key: it acts for the key's client, like a
     * client-credentials token, with the key as subject so that revoking the key revokes it.
     */
    public String forIntegrationKey(OAuthClient client, String subject, String scope, Instant issuedAt,
                                    long lifetimeSeconds, String jti) {
        return sign(claims(client, subject, scope, issuedAt, lifetimeSeconds, jti));
    }

    /** The RFC 9068 claims, plus Fieldline's {@code scope}, {@code acct} and {@code client_id}. */
    private Map<String, Object> claims(OAuthClient client, String subject, String scope, Instant issuedAt,
                                       long lifetimeSeconds, String jti) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", settings.issuer());
        claims.put("sub", subject);
        claims.put("aud", settings.audience());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", issuedAt.getEpochSecond() + lifetimeSeconds);
        claims.put("jti", jti);
        claims.put("scope", scope);
        claims.put("acct", client.accountId);
        claims.put("client_id", client.clientId);
        return claims;
    }

    private String sign(Map<String, Object> claims) {
        try {
            return keys.active().accessTokens().sign(json.writeValueAsBytes(claims));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("access token claims are not serializable", e);
        }
    }
}
