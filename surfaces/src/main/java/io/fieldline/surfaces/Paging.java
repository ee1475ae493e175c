package io.fieldline.surfaces;

import java.util.List;

/** How a surface's lists are paged: the query parameters a client sends, and the most rows one page holds. */
public enum Paging {
    /** {@code limit} (default and at most 100) and {@code offset}, with {@code filter[attr_pred]=value} (seed: Dispatch, "Filtering and Paginating"). */
    LIMIT_OFFSET(List.of("limit", "offset"), 100),
    /** {@code page} (from 1) and {@code per_page} (at most 100) (seed: technicians read API). */
    PAGE_PER_PAGE(List.of("page", "per_page"), 100),
    /** Everything changed since {@code modifiedsince} (seed: users bulk API). */
    MODIFIED_SINCE(List.of("modifiedsince"), 100),
    /** No lists. */
    NONE(List.of(), 0);

    private final List<String> parameters;
    private final int maxPageSize;

    Paging(List<String> parameters, int maxPageSize) {
        this.parameters = parameters;
        this.maxPageSize = maxPageSize;
    }

    public List<String> parameters() {
        return parameters;
    }

    public int maxPageSize() {
        return maxPageSize;
    }
}
