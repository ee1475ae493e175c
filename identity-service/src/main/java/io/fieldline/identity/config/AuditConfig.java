package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** The audit trail ({@code fieldline.audit.*}). */
@ConfigMapping(prefix = "fieldline.audit")
public interface AuditConfig {

    /** How long entries are kept, here and nowhere else (they are also published on {@code fieldline.identity.audit}). */
    Duration retention();
}
