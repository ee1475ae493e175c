package io.fieldline.job.datafile;

import java.time.Instant;
import java.util.UUID;

/**
 * An uploaded file of an account (seed: Files and Photos): its metadata; the content lies in chunks beside it. It
 * never changes once written. {@code size} is in bytes; {@code mimeType} was detected from the content.
 */
public record Datafile(UUID uid, long accountId, String filename, String mimeType, long size, Instant createdAt) {

    /** What a uid looks like in a path or a body: a UUID in its 8-4-4-4-12 hexadecimal form, either case. */
    public static final String UID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
