package io.fieldline.identity.admin;

import java.time.OffsetDateTime;

/** Times as the admin API writes them: ISO-8601 UTC with {@code Z}, or null. */
public final class IsoTimes {

    private IsoTimes() {
    }

    public static String of(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
