package io.fieldline.platform.list;

/**
 * Which slice of a list a request asks for, however its surface spells it: at most {@link #limit()} rows. A page size
 * above the surface's maximum ({@code io.fieldline.surfaces.Paging}) is cut to it: the seeds give a maximum, not an
 * error ("the maximum value for limit is currently 100", "per_page (max 100)").
 */
public sealed interface Slice permits LimitOffset, PageRequest {

    int limit();

    long offset();
}
