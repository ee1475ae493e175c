package io.fieldline.technician.userbulk.rest;

import io.fieldline.platform.list.ParameterErrors;
import io.fieldline.surfaces.Paging;
import io.fieldline.technician.userbulk.repository.FeedPosition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@code GET /{workspace}/api/user}: {@code modifiedsince} (seed: "an ISO-8601 format date string in UTC
 * time"; a time with another offset, or a date, is taken too), {@code cursor} (where the last page ended) and
 * {@code limit} (1 to 100, default 100). Anything else, or a bad value, is a 400 naming it.
 */
public record FeedQuery(Optional<Instant> since, FeedPosition after, int limit) {

    public static final String MODIFIED_SINCE = "modifiedsince";
    public static final String CURSOR = "cursor";
    public static final String LIMIT = "limit";
    private static final Set<String> PARAMETERS = Set.of(MODIFIED_SINCE, CURSOR, LIMIT);
    private static final int MAX_LIMIT = Paging.MODIFIED_SINCE.maxPageSize();

    public static FeedQuery read(Map<String, List<String>> query) {
        ParameterErrors errors = new ParameterErrors();
        query.keySet().stream().filter(name -> !PARAMETERS.contains(name)).sorted()
                .forEach(name -> errors.add(name, "is not a parameter here; allowed: cursor, limit, modifiedsince"));
        Optional<Instant> since = first(query, MODIFIED_SINCE).map(text -> time(text, errors));
        int limit = first(query, LIMIT).map(text -> limit(text, errors)).orElse(MAX_LIMIT);
        errors.throwIfAny();
        FeedPosition after = first(query, CURSOR).map(FeedPosition::parse).orElse(FeedPosition.START);
        return new FeedQuery(since, after, limit);
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Instant time(String text, ParameterErrors errors) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    errors.add(MODIFIED_SINCE, "must be an ISO-8601 time in UTC, such as 2017-01-30T18:43:22Z");
                    return null;
                }
            }
        }
    }

    private static int limit(String text, ParameterErrors errors) {
        if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            errors.add(LIMIT, "must be a whole number from 1 to " + MAX_LIMIT);
            return MAX_LIMIT;
        }
        return Integer.parseInt(text);
    }
}
