package io.fieldline.job.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** How job-service keeps and hands out datafiles ({@code fieldline.datafiles.*}; seed: Files and Photos). */
@ConfigMapping(prefix = "fieldline.datafiles")
public interface DatafilesConfig {

    /**
     * The largest file {@code POST /v3/datafiles} takes; a larger one is a 413. The HTTP server's own body limit
     * ({@code quarkus.http.limits.max-body-size}) must stay above it, with room for the multipart framing.
     */
    @WithDefault("25M")
    MemorySize maxSize();

    /**
     * The secret that signs download links (HMAC-SHA256), at least 32 characters; whoever knows it can mint links to
     * any file, so it is a secret like the others ({@code FIELDLINE_DATAFILES_SIGNING_KEY}).
     */
    String signingKey();

    /** How long a download link named by {@code GET /v3/datafiles/:uid} works. */
    @WithDefault("PT5M")
    Duration linkLifetime();

    /**
     * The public URL download links start with, such as {@code https://api.example.com}; without it, the gateway's
     * {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}, else the address the request came to.
     */
    Optional<URI> publicUrl();
}
