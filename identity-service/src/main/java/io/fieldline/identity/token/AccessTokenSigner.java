package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.signing.SigningKeys;
import io.smallrye.jwt.build.Jwt;
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

    /** A client-credentials token: it acts for the client's whole account. */
    String forClient(OAuthClient client, String scope, Instant issuedAt) {
        SigningKeys.ActiveKey key = keys.active();
        return Jwt.issuer(settings.issuer())
                .subject(client.clientId)
                .audience(settings.audience())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(settings.lifetime()))
                .claim("jti", UUID.randomUUID().toString())
                .claim("scope", scope)
                .claim("acct", client.accountId)
                .claim("client_id", client.clientId)
                .jws().keyId(key.kid()).header("typ", "at+jwt")
                .sign(key.privateKey());
    }
}
