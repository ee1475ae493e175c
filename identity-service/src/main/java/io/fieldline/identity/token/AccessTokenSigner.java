package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.signing.SigningKeys;
import io.fieldline.identity.workforce.LoginUser;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Signs access tokens as RFC 9068 JWTs with the claims every Fieldline service reads. */
@ApplicationScoped
public class AccessTokenSigner {

    private final SigningKeys keys;
    private final TokenSettings settings;

    public AccessTokenSigner(SigningKeys keys, TokenSettings settings) {
        this.keys = keys;
        this.settings = settings;
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
        return sign(claims(client, String.valueOf(user.id), scope, issuedAt, settings.lifetime(), jti)
                .claim("org", user.organizationId)
                .claim("roles", user.roleList()));
    }

    /**
     * A token the gateway uses for a request made with an integration key: it acts for the key's client, like a
     * client-credentials token, with the key as subject so that revoking the key revokes it.
     */
    public String forIntegrationKey(OAuthClient client, String subject, String scope, Instant issuedAt,
                                    long lifetimeSeconds, String jti) {
        return sign(claims(client, subject, scope, issuedAt, lifetimeSeconds, jti));
    }

    private JwtClaimsBuilder claims(OAuthClient client, String subject, String scope, Instant issuedAt,
                                    long lifetimeSeconds, String jti) {
        return Jwt.issuer(settings.issuer())
                .subject(subject)
                .audience(settings.audience())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(lifetimeSeconds))
                .claim("jti", jti)
                .claim("scope", scope)
                .claim("acct", client.accountId)
                .claim("client_id", client.clientId);
    }

    private String sign(JwtClaimsBuilder claims) {
        SigningKeys.ActiveKey key = keys.active();
        return claims.jws().algorithm(SignatureAlgorithm.fromAlgorithm(key.algorithm())).keyId(key.kid())
                .header("typ", "at+jwt").sign(key.privateKey());
    }
}
