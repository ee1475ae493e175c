package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

/** Argon2id's strength for user passwords ({@code fieldline.password.argon2.*}); older hashes are upgraded at login. */
@ConfigMapping(prefix = "fieldline.password.argon2")
public interface PasswordConfig {

    /** Memory per hash, in KiB (Keycloak's default: 7168). */
    int memoryKib();

    /** Passes over that memory (Keycloak's default: 5). */
    int iterations();

    int parallelism();
}
