package io.fieldline.platform.list;

import java.util.EnumSet;
import java.util.Set;

/**
 * One attribute a list may be filtered on, as its resource declares it: the name clients use in
 * {@code filter[name_pred]}, the SQL expression it compares (written by the resource, never taken from a request),
 * its type, and the predicates allowed on it.
 */
public record Filter(String attribute, String sql, AttributeType type, Set<Predicate> predicates) {

    public Filter {
        if (!attribute.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a filter attribute is a lower-case word: " + attribute);
        }
        for (Predicate predicate : predicates) {
            if (!type.allows(predicate)) {
                throw new IllegalArgumentException(attribute + ": " + type.sqlType() + " has no " + predicate.suffix());
            }
        }
        predicates = Set.copyOf(predicates);
    }

    /** {@code attribute} compared as {@code sql} with exactly {@code predicates}, e.g. the seed's query table row. */
    public static Filter on(String attribute, String sql, AttributeType type, Predicate first, Predicate... more) {
        return new Filter(attribute, sql, type, EnumSet.of(first, more));
    }
}
