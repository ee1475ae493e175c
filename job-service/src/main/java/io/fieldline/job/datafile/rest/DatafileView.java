package io.fieldline.job.datafile.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * A datafile as {@code /v3/datafiles} shows it (seed: Files and Photos): {@code bucket_id} is always null and
 * {@code name} always empty, as the seed's example has them.
 */
public record DatafileView(
        @JsonProperty("bucket_id") Long bucketId,
        @JsonProperty("created_at") Instant createdAt,
        String filename,
        @JsonProperty("mime_type") String mimeType,
        String name,
        UUID uid) {

    /** The {@code {"datafile": {...}}} envelope. */
    public record Envelope(DatafileView datafile) {
    }
}
