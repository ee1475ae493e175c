package io.fieldline.platform.paging;

import io.fieldline.platform.errors.FieldErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code limit} / {@code offset} request of the {@code /v3} surface, validated: at most {@value #MAX_LIMIT} rows. */
public record LimitOffset(int limit, long offset) {

    public static final int MAX_LIMIT = 100;

    /** The {@code meta} of a {@code /v3} list: how many rows match in all, and which slice this is. */
    public record Meta(long total, int limit, long offset) {
    }

    /** The list envelope of the {@code /v3} surface: the rows under their plural name, then {@code meta}. */
    public Map<String, Object> envelope(String name, List<?> rows, long total) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put(name, rows);
        envelope.put("meta", new Meta(total, limit, offset));
        return envelope;
    }

    /** Reads the raw query values, defaulting absent ones; a bad value is a 422 naming the parameter. */
    public static LimitOffset parse(String limit, String offset) {
        FieldErrors errors = new FieldErrors();
        long size = parse(limit, MAX_LIMIT, "limit", 1, MAX_LIMIT, errors);
        long skip = parse(offset, 0, "offset", 0, Long.MAX_VALUE / 2, errors);
        errors.throwIfAny();
        return new LimitOffset((int) size, skip);
    }

    private static long parse(String raw, long fallback, String name, long min, long max, FieldErrors errors) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(name, max == Long.MAX_VALUE / 2 ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max);
        return fallback;
    }
}
