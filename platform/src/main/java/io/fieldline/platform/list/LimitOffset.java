package io.fieldline.platform.list;

import io.fieldline.surfaces.Paging;

/**
 * {@code limit} / {@code offset} of the {@code /v3} and {@code /admin} lists (seed: Dispatch v3 "Filtering and
 * Paginating"): {@code limit} defaults to 100 and a larger one is cut to 100; {@code meta} echoes the effective values.
 */
public record LimitOffset(int limit, long offset) implements Slice {

    /** Reads {@code limit} and {@code offset}; a value that is not a whole number in range is named in errors. */
    static LimitOffset read(QueryParameters query, ParameterErrors errors) {
        int max = Paging.LIMIT_OFFSET.maxPageSize();
        long limit = query.number("limit", max, 1, Long.MAX_VALUE, errors);
        long offset = query.number("offset", 0, 0, Long.MAX_VALUE, errors);
        return new LimitOffset((int) Math.min(limit, max), offset);
    }
}
