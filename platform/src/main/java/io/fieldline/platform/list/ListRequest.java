package io.fieldline.platform.list;

import java.util.List;

/** A list request, read and checked: its filters (all must hold) and the slice it asks for. */
public record ListRequest<P extends Slice>(List<Condition> conditions, P slice) {

    public ListRequest {
        conditions = List.copyOf(conditions);
    }
}
