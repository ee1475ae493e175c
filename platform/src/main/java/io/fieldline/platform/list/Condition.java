package io.fieldline.platform.list;

/**
 * One filter of a request, read and checked: the query parameter it came from (for error messages), what it compares,
 * how, and the value to bind (a {@code Boolean} for {@code _null}, an array for {@code _in}).
 */
public record Condition(String parameter, Filter filter, Predicate predicate, Object value) {
}
