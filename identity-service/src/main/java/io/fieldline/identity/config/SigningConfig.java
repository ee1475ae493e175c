package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How access tokens are signed ({@code fieldline.signing.*}). */
@ConfigMapping(prefix = "fieldline.signing")
public interface SigningConfig {

    /** {@code ES256} or {@code RS256}: what every verifier expects ({@code mp.jwt.verify.publickey.algorithm}). */
    String algorithm();

    /** How long a rotated-in key is published before it signs: longer than verifiers' JWKS refresh interval. */
    Duration publishAhead();

    /** How often each replica reloads the signing keys, to pick up another replica's rotation. */
    Duration reloadInterval();
}
