package io.fieldline.platform.events;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The version guard of a read model kept from a versioned contract's events: an upsert that changes the stored row
 * only when the event's {@code version} is newer, so a redelivered or stale event changes nothing (ARCHITECTURE.md,
 * Events). It changes one row when it applied the event and none when it dropped it.
 */
public final class VersionedUpsert {

    private VersionedUpsert() {
    }

    /**
     * {@code INSERT INTO <table> (<columns>) VALUES ($1, ...)} that, on a conflict on {@code key}, sets every other
     * column if, and only if, the stored {@code version} is older; {@code columns} must hold {@code key} and
     * {@code version}, and the statement takes one parameter per column, in their order.
     */
    public static String sql(String table, String key, String... columns) {
        List<String> names = Arrays.asList(columns);
        if (!names.contains(key) || !names.contains("version")) {
            throw new IllegalArgumentException(table + " upsert needs the columns " + key + " and version");
        }
        String parameters = IntStream.rangeClosed(1, columns.length).mapToObj(i -> "$" + i)
                .collect(Collectors.joining(", "));
        String updates = names.stream().filter(column -> !column.equals(key))
                .map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ")\nVALUES (" + parameters + ")\n"
                + "ON CONFLICT (" + key + ") DO UPDATE SET " + updates + "\n"
                + "WHERE " + table + ".version < EXCLUDED.version";
    }
}
