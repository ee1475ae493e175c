package io.fieldline.platform.list;

import io.fieldline.surfaces.Paging;

/**
 * {@code page} / {@code per_page} of the technicians API (seed: technicians-read-api, "per_page (max 100)"): pages
 * start at 1, a larger {@code per_page} is cut to 100, and {@code pagination} echoes the effective values.
 */
public record PageRequest(int page, int perPage) implements Slice {

    /** Reads {@code page} and {@code per_page}; a value that is not a whole number in range is named in errors. */
    static PageRequest read(QueryParameters query, int defaultPerPage, ParameterErrors errors) {
        long page = query.number("page", 1, 1, Integer.MAX_VALUE, errors);
        long perPage = query.number("per_page", defaultPerPage, 1, Long.MAX_VALUE, errors);
        return new PageRequest((int) page, (int) Math.min(perPage, Paging.PAGE_PER_PAGE.maxPageSize()));
    }

    @Override
    public int limit() {
        return perPage;
    }

    @Override
    public long offset() {
        return (long) (page - 1) * perPage;
    }

    /** How many pages {@code total} rows fill. */
    public int totalPages(long total) {
        return (int) ((total + perPage - 1) / perPage);
    }
}
