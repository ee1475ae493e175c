package io.fieldline.testkit;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Access tokens for tests, shaped as identity-service issues them and signed by a key only the test run knows. */
public final class TestTokens {

    public static final String ISSUER = "https://fieldline.test";
    public static final String AUDIENCE = "fieldline";
    static final String KEY_ID = "test-key";

    private final KeyPair keys;

    TestTokens() {
        keys = otherKeys();
    }

    /** A fresh P-256 key pair. */
    private static KeyPair otherKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job source's client-credentials token for the whole account. */
    public String client(long accountId, String... scopes) {
        return sign(claims("client-" + accountId, accountId, scopes));
    }

    /** A user's password token: the user, its organization and roles. */
    public String user(long accountId, long userId, long organizationId, List<String> roles, String... scopes) {
        return sign(claims(String.valueOf(userId), accountId, scopes).claim("org", organizationId).claim("roles", roles));
    }

    /** A token that is valid in every way but has expired. */
    public String expired(long accountId, String... scopes) {
        return sign(claims("client-" + accountId, accountId, scopes).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)));
    }

    /** Tokens that must be refused everywhere, each wrong in one way only. */
    public List<String> forgeries(long accountId, String... scopes) {
        String genuine = client(accountId, scopes);
        String[] parts = genuine.split("\\.");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String unsignedHeader = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"at+jwt\"}".getBytes(StandardCharsets.UTF_8));
        String widerClaims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"acct\":" + accountId, "\"acct\":" + (accountId + 1));
        return List.of(
                parts[0] + "." + base64.encodeToString(widerClaims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2],
                unsignedHeader + "." + parts[1] + ".",
                expired(accountId, scopes),
                sign(claims("client-" + accountId, accountId, scopes).issuer("https://someone-else.test")),
                sign(claims("client-" + accountId, accountId, scopes).audience("another-api")),
                claims("client-" + accountId, accountId, scopes).jws().algorithm(SignatureAlgorithm.ES256)
                        .keyId("unknown-key").header("typ", "at+jwt").sign(keys.getPrivate()),
                claims("client-" + accountId, accountId, scopes).jws().algorithm(SignatureAlgorithm.ES256)
                        .keyId(KEY_ID).header("typ", "at+jwt").sign(otherKeys().getPrivate()));
    }

    private JwtClaimsBuilder claims(String subject, long accountId, String... scopes) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .claim("jti", UUID.randomUUID().toString())
                .claim("acct", accountId)
                .claim("client_id", "client-" + accountId)
                .claim("scope", String.join(" ", scopes))
                .expiresIn(3600);
    }

    private String sign(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(SignatureAlgorithm.ES256).keyId(KEY_ID).header("typ", "at+jwt")
                .sign(keys.getPrivate());
    }

    /** The public half as a JWKS document, as identity-service publishes its keys. */
    String jwks() {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(keys.getPublic());
            jwk.setKeyId(KEY_ID);
            jwk.setAlgorithm("ES256");
            jwk.setUse("sig");
            return "{\"keys\":[" + jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
