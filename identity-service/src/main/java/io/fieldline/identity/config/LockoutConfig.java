package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** Brute-force protection of client secrets and passwords ({@code fieldline.lockout.*}). */
@ConfigMapping(prefix = "fieldline.lockout")
public interface LockoutConfig {

    /** This many failures within {@link #window()} lock the client or email. */
    int maxFailures();

    Duration window();

    /** How long a locked client or email stays locked. */
    Duration duration();

    /** How much each recent failure slows the next answer. */
    Duration delayPerFailure();
}
