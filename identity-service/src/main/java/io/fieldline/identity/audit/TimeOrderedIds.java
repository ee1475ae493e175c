package io.fieldline.identity.audit;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/**
 * New ids for rows that an index is keyed by, such as audit entries and refresh-token families: version 7 UUIDs
 * (RFC 9562), which start with the time. New keys land at the end of their index, which stays in memory, where random
 * UUIDs would touch a random page of an index as large as the table for every row.
 */
public final class TimeOrderedIds {

    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
