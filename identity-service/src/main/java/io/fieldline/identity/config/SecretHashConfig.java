package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

/** The server key client secrets are hashed under ({@code fieldline.secret-hash.*}, set by FIELDLINE_SECRET_HASH_KEY). */
@ConfigMapping(prefix = "fieldline.secret-hash")
public interface SecretHashConfig {

    /**
     * The HMAC-SHA-256 key, at least 32 characters. Every environment sets its own and keeps it: a new key matches no
     * stored client secret.
     */
    String key();
}
