package io.fieldline.platform.list;

import io.fieldline.platform.validation.TextRule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.GT;
import static io.fieldline.platform.list.Predicate.GTEQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.LT;
import static io.fieldline.platform.list.Predicate.LTEQ;
import static io.fieldline.platform.list.Predicate.NOT_EQ;
import static io.fieldline.platform.list.Predicate.NULL;

/**
 * The type of a filterable attribute: how a query value is read, the SQL type it is bound as, and which predicates
 * make sense for it. Values are always bound as parameters, never written into the SQL.
 */
public final class AttributeType {

    /** The longest text value a filter accepts, so a query cannot make the database scan with a huge pattern. */
    public static final int MAX_TEXT = 500;

    /** A 64-bit integer, such as an id. */
    public static final AttributeType LONG = new AttributeType("bigint", "an integer",
            EnumSet.of(EQ, NOT_EQ, IN, GT, GTEQ, LT, LTEQ, NULL), AttributeType::readLong, Long[]::new);

    /** Text, compared as it is ({@code _contains} ignores case). */
    public static final AttributeType TEXT = new AttributeType("text", "text of at most " + MAX_TEXT + " characters",
            EnumSet.of(EQ, NOT_EQ, IN, NULL, CONTAINS), AttributeType::readText, String[]::new);

    /**
     * Text compared without case, such as an email: values are bound in lower case, so the filter's SQL lowers the
     * column too ({@code Filter.on("email", "lower(email)", TEXT_IGNORING_CASE, EQ)}).
     */
    public static final AttributeType TEXT_IGNORING_CASE = new AttributeType("text",
            "text of at most " + MAX_TEXT + " characters", EnumSet.of(EQ, NOT_EQ, IN, NULL),
            raw -> readText(raw).map(text -> ((String) text).toLowerCase(Locale.ROOT)), String[]::new);

    /**
     * An array of text, such as external ids: {@code _contains} matches a row whose array holds the value exactly (the
     * seed's {@code external_ids_contains}), which an index of the array can serve.
     */
    public static final AttributeType TEXT_ELEMENTS = new AttributeType("text",
            "text of at most " + MAX_TEXT + " characters", EnumSet.of(CONTAINS), AttributeType::readText,
            String[]::new, true);

    /** {@code true} or {@code false}. */
    public static final AttributeType BOOLEAN = new AttributeType("boolean", "true or false",
            EnumSet.of(EQ, NOT_EQ, NULL), AttributeType::readBoolean, Boolean[]::new);

    /** An ISO-8601 instant with a zone, such as {@code 2026-01-15T09:30:00Z}; bound in UTC. */
    public static final AttributeType TIMESTAMP = new AttributeType("timestamptz",
            "an ISO-8601 timestamp with a zone, such as 2026-01-15T09:30:00Z",
            EnumSet.of(EQ, NOT_EQ, GT, GTEQ, LT, LTEQ, NULL), AttributeType::readTimestamp, OffsetDateTime[]::new);

    private final String sqlType;
    private final String description;
    private final Set<Predicate> predicates;
    private final Function<String, Optional<Object>> reader;
    private final IntFunction<Object[]> arrays;
    private final boolean elements;

    private AttributeType(String sqlType, String description, Set<Predicate> predicates,
                          Function<String, Optional<Object>> reader, IntFunction<Object[]> arrays) {
        this(sqlType, description, predicates, reader, arrays, false);
    }

    private AttributeType(String sqlType, String description, Set<Predicate> predicates,
                          Function<String, Optional<Object>> reader, IntFunction<Object[]> arrays, boolean elements) {
        this.sqlType = sqlType;
        this.description = description;
        this.predicates = predicates;
        this.reader = reader;
        this.arrays = arrays;
        this.elements = elements;
    }

    /**
     * One word of a fixed set, matched ignoring case and bound as the word's spelling here (stored as text), such as
     * {@code words("Active", "Inactive")}.
     */
    public static AttributeType words(String... words) {
        Map<String, String> byLowerCase = Arrays.stream(words)
                .collect(Collectors.toMap(word -> word.toLowerCase(Locale.ROOT), word -> word));
        return new AttributeType("text", "one of " + String.join(", ", words), EnumSet.of(EQ, NOT_EQ, IN, NULL),
                raw -> Optional.ofNullable(byLowerCase.get(raw.toLowerCase(Locale.ROOT))), String[]::new);
    }

    /** The SQL type a value is cast to, such as {@code bigint}. */
    public String sqlType() {
        return sqlType;
    }

    /** What a value must be, as an error message says it: "must be an integer". */
    public String description() {
        return description;
    }

    /** Whether the attribute is an array whose {@code _contains} matches one whole element. */
    public boolean matchesElements() {
        return elements;
    }

    public boolean allows(Predicate predicate) {
        return predicates.contains(predicate);
    }

    /** The value to bind, or empty when {@code raw} is not a value of this type. */
    Optional<Object> read(String raw) {
        return reader.apply(raw);
    }

    /** An array of this type's values, as the reactive PostgreSQL client binds it for {@code = ANY($n)}. */
    Object[] array(int length) {
        return arrays.apply(length);
    }

    private static Optional<Object> readLong(String raw) {
        return raw.matches("-?[0-9]{1,18}") ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }

    /** Text that cannot be stored as sent ({@link TextRule}) cannot match anything stored either: it is refused. */
    private static Optional<Object> readText(String raw) {
        if (raw.length() > MAX_TEXT || TextRule.problemWith(raw).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(raw);
    }

    private static Optional<Object> readBoolean(String raw) {
        return switch (raw) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private static Optional<Object> readTimestamp(String raw) {
        try {
            return Optional.of(OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notATimestamp) {
            return Optional.empty();
        }
    }
}
