package io.fieldline.platform.paging;

import io.fieldline.platform.errors.FieldErrors;

/** A {@code page} / {@code per_page} request, validated: pages start at 1, at most {@value #MAX_PER_PAGE} per page. */
public record PageRequest(int page, int perPage) {

    public static final int MAX_PER_PAGE = 100;

    /** Reads the raw query values, defaulting absent ones; a bad value is a 422 naming the parameter. */
    public static PageRequest parse(String page, String perPage, int defaultPerPage) {
        FieldErrors errors = new FieldErrors();
        int pageNumber = parseInt(page, 1, "page", 1, Integer.MAX_VALUE, errors);
        int size = parseInt(perPage, defaultPerPage, "per_page", 1, MAX_PER_PAGE, errors);
        errors.throwIfAny();
        return new PageRequest(pageNumber, size);
    }

    private static int parseInt(String raw, int fallback, String name, int min, int max, FieldErrors errors) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(name, max == Integer.MAX_VALUE ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max);
        return fallback;
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage);
    }

    public int totalPages(long total) {
        return (int) ((total + perPage - 1) / perPage);
    }
}
