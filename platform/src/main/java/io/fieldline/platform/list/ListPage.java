package io.fieldline.platform.list;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list: its rows, how many rows match in all, and the slice that was served. */
public record ListPage<T, P extends Slice>(List<T> items, long total, P slice) {

    /** The {@code meta} of a {@code /v3} list: how many rows match in all, and the effective slice. */
    public record Meta(long total, int limit, long offset) {
    }

    /** The same page with each row shown as {@code view} shows it. */
    public <V> ListPage<V, P> map(Function<? super T, ? extends V> view) {
        return new ListPage<>(items.stream().<V>map(view).toList(), total, slice);
    }

    /** The {@code /v3} list envelope: the rows under their plural name, then {@code meta}. */
    public Map<String, Object> envelope(String name) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put(name, items);
        envelope.put("meta", new Meta(total, slice.limit(), slice.offset()));
        return envelope;
    }
}
