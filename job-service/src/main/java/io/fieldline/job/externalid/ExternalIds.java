package io.fieldline.job.externalid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * External ids (seed: "External IDs"): a job source's own ids of an organization or a customer, by which it finds an
 * existing one instead of creating a duplicate. Only job sources send, see or filter by them.
 */
public final class ExternalIds {

    public static final String FIELD = "external_ids";
    public static final int MAX_COUNT = 50;
    public static final int MAX_LENGTH = 255;
    public static final String TOO_MANY = "must hold at most " + MAX_COUNT + " ids";
    public static final String ID_RULE = "must hold ids of 1 to " + MAX_LENGTH + " characters";
    public static final String JOB_SOURCES_ONLY = "is available to job sources only";

    private ExternalIds() {
    }

    /** The ids stripped, each once, in the order sent; {@code null} is none. */
    public static List<String> normalize(List<String> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().map(String::strip).toList()));
    }

    /** The stored ids followed by the new ones they lack. */
    public static List<String> unite(List<String> stored, List<String> added) {
        List<String> united = new ArrayList<>(stored);
        normalize(added).stream().filter(id -> !stored.contains(id)).forEach(united::add);
        return List.copyOf(united);
    }
}
