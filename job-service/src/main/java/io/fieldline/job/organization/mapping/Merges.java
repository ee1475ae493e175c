package io.fieldline.job.organization.mapping;

import java.util.function.Consumer;

/** How a create body that names an existing record (seed: "External IDs", Customers) is merged onto it. */
public final class Merges {

    private Merges() {
    }

    /** Sets the requested value when the body gave one ({@code requested} not null) that differs; returns whether it did. */
    public static <T> boolean replace(T requested, T current, Consumer<T> set) {
        if (requested == null || requested.equals(current)) {
            return false;
        }
        set.accept(requested);
        return true;
    }
}
