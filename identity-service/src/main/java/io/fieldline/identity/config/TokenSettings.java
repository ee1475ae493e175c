package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How access and refresh tokens are issued ({@code fieldline.token.*}). */
@ConfigMapping(prefix = "fieldline.token")
public interface TokenSettings {

    String issuer();

    String audience();

    /** Access token lifetime in seconds; the API document promises 10800. */
    long lifetime();

    Duration refreshLifetime();

    /** How long a client that lost a refresh response may retry the same refresh and get the same new pair. */
    Duration refreshGrace();
}
