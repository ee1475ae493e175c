package io.fieldline.platform.list;

import java.util.List;

/** A list request, read and checked: its filters (all must hold) and the slice it asks for. */
public record ListRequest<P extends Paging>(List<Condition> conditions, P paging) {

    public ListRequest {
        conditions = List.copyOf(conditions);
    }
}
