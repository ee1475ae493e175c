package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of a datafile event on {@value #TOPIC}: what was uploaded (seed: Files and Photos), never its content. A
 * datafile never changes once uploaded, so its events carry no version. Data without a uid, a filename, a MIME type or
 * {@code created_at}, or with a negative size, is refused with an {@link IllegalArgumentException}.
 */
public record DatafileEvent(
        UUID uid,
        @JsonProperty("account_id") long accountId,
        String filename,
        @JsonProperty("mime_type") String mimeType,
        long size,
        @JsonProperty("created_at") Instant createdAt) {

    public static final String TOPIC = "fieldline.jobs.datafiles";
    public static final EventContract<DatafileEvent> CONTRACT =
            EventContract.of(TOPIC, "job-service", DatafileEvent.class, "Datafile");
    public static final EventType<DatafileEvent> CREATED = CONTRACT.declare("fieldline.jobs.datafile.created.v1");

    public DatafileEvent {
        if (uid == null || filename == null || mimeType == null || size < 0 || createdAt == null) {
            throw new IllegalArgumentException("a datafile event needs uid, filename, mime_type, size and created_at");
        }
    }
}
