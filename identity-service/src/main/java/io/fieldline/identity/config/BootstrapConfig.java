package io.fieldline.identity.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The job-source client created on first start for the bootstrap account ({@code fieldline.bootstrap.*}). */
@ConfigMapping(prefix = "fieldline.bootstrap")
public interface BootstrapConfig {

    /** None: no bootstrap client. */
    Optional<String> clientId();

    /** At least 32 characters. */
    Optional<String> clientSecret();

    /** Every scope Fieldline knows, space-separated: the bootstrap client gets them all, other clients a subset. */
    String scopes();
}
