package io.fieldline.platform.list;

/** Which slice of a list a request asks for, however its surface spells it: at most {@link #limit()} rows. */
public sealed interface Paging permits LimitOffset, PageRequest {

    /** The most rows a page holds on every surface (seeds: "the maximum value for limit is currently 100"). */
    int MAX_PAGE_SIZE = 100;

    int limit();

    long offset();

    /** A requested page size, capped at {@link #MAX_PAGE_SIZE}: the seeds give a maximum, not an error. */
    static int capped(long requested) {
        return (int) Math.min(requested, MAX_PAGE_SIZE);
    }
}
