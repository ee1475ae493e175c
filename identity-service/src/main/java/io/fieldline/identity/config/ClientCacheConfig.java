package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Clients that just authenticated ({@code fieldline.client-cache.*}); their secret is still checked every time. */
@ConfigMapping(prefix = "fieldline.client-cache")
public interface ClientCacheConfig {

    /** How long one is remembered: operators' changes on another replica reach this one within it. */
    Duration lifetime();
}
