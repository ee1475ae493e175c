package io.fieldline.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** How a service proves itself to another service's internal endpoints and checks who calls its own ({@code fieldline.internal.*}). */
@ConfigMapping(prefix = "fieldline.internal")
public interface InternalConfig {

    /**
     * The secret every service shares (FIELDLINE_INTERNAL_SECRET), at least 32 characters; absent in a service that makes
     * and takes no internal calls, and refused at first use where one is needed.
     */
    Optional<String> secret();

    /** The name this service calls others by: its {@code quarkus.application.name}. */
    @WithDefault("${quarkus.application.name}")
    String service();
}
