package io.fieldline.platform.list;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How a {@code filter[attr_pred]=value} compares an attribute with its value (seed: Dispatch v3 "Filtering and
 * Paginating" and the query parameter tables of each resource).
 */
public enum Predicate {
    EQ("_eq"),
    NOT_EQ("_not_eq"),
    /** The value is a comma-separated list. */
    IN("_in"),
    GT("_gt"),
    GTEQ("_gteq"),
    LT("_lt"),
    LTEQ("_lteq"),
    /** The value is {@code true} (the attribute is absent) or {@code false} (it is present). */
    NULL("_null"),
    /** A case-insensitive substring match on text. */
    CONTAINS("_contains");

    /** Longest suffix first, so that {@code status_not_eq} is read as {@code _not_eq}, not as {@code _eq}. */
    static final List<Predicate> BY_SUFFIX_LENGTH = Arrays.stream(values())
            .sorted(Comparator.comparingInt((Predicate predicate) -> predicate.suffix.length()).reversed())
            .toList();

    private final String suffix;

    Predicate(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix of the filter name, such as {@code _not_eq}. */
    public String suffix() {
        return suffix;
    }
}
