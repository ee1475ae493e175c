package io.fieldline.identity.token;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.signing.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

import java.time.Instant;
import java.util.Optional;

/** Reads access tokens this service issued and that are still valid: signature by one of its keys, issuer, audience, expiry. */
@ApplicationScoped
public class AccessTokenReader {

    /** The claims of a genuine access token. */
    public record AccessToken(String jti, long accountId, String clientId, String subject, String scope,
                              Instant issuedAt, Instant expiresAt) {
    }

    private final SigningKeys keys;
    private final TokenSettings settings;

    public AccessTokenReader(SigningKeys keys, TokenSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    /** The token's claims if this service signed it and it has not expired; empty for anything else. */
    public Optional<AccessToken> read(String token) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.verificationKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(settings.issuer())
                .setExpectedAudience(settings.audience())
                .setRequireJwtId()
                .setRequireExpirationTime()
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return Optional.of(new AccessToken(claims.getJwtId(), claims.getClaimValue("acct", Long.class),
                    claims.getStringClaimValue("client_id"), claims.getSubject(), claims.getStringClaimValue("scope"),
                    Instant.ofEpochSecond(claims.getIssuedAt().getValue()),
                    Instant.ofEpochSecond(claims.getExpirationTime().getValue())));
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
