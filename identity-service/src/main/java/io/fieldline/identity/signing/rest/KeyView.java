package io.fieldline.identity.signing.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A signing key as the admin API shows it: its key id, algorithm and when it starts signing. */
public record KeyView(String kid, String algorithm, @JsonProperty("activates_at") String activatesAt) {

    /** {@code {"key": {...}}}. */
    public record Envelope(KeyView key) {
    }
}
