package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Integration keys ({@code fieldline.integration-key.*}). */
@ConfigMapping(prefix = "fieldline.integration-key")
public interface IntegrationKeyConfig {

    /** The lifetime of the token the gateway gets for a key; it caches the answer for less. */
    Duration tokenLifetime();
}
