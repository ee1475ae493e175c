package io.fieldline.job.location;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a location's state, postal code and time zone (seed: "Location Entity"), by the JSON field each concerns.
 * Only the US (with DC) and Canada are served; the codes are those of {@link TimezoneTable}.
 */
public final class LocationRules {

    static final int MAX_LINE = 200;
    static final String LINE_TOO_LONG = "must be at most " + MAX_LINE + " characters";
    static final String US = "US";
    static final String CANADA = "CA";

    private static final Pattern ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");
    private static final Pattern CANADIAN = Pattern.compile("[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]");
    /** The first letter of a Canadian postal code names its province or territory (Canada Post's FSA regions). */
    private static final Map<Character, Set<String>> PROVINCE_OF_LETTER = Map.ofEntries(
            Map.entry('A', Set.of("NL")), Map.entry('B', Set.of("NS")), Map.entry('C', Set.of("PE")),
            Map.entry('E', Set.of("NB")), Map.entry('G', Set.of("QC")), Map.entry('H', Set.of("QC")),
            Map.entry('J', Set.of("QC")), Map.entry('K', Set.of("ON")), Map.entry('L', Set.of("ON")),
            Map.entry('M', Set.of("ON")), Map.entry('N', Set.of("ON")), Map.entry('P', Set.of("ON")),
            Map.entry('R', Set.of("MB")), Map.entry('S', Set.of("SK")), Map.entry('T', Set.of("AB")),
            Map.entry('V', Set.of("BC")), Map.entry('X', Set.of("NT", "NU")), Map.entry('Y', Set.of("YT")));

    private LocationRules() {
    }

    /** What is wrong with the location's state, postal code and time zone, by field; empty when nothing is. */
    public static Map<String, String> problems(Location location) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<String> country = Optional.empty();
        if (location.state() != null) {
            country = TimezoneTable.standard().country(location.state().strip().toUpperCase(Locale.ROOT));
            if (country.isEmpty()) {
                problems.put("state", "must be the two-letter code of a US state, DC, or a Canadian province or territory");
            }
        }
        if (location.postalCode() != null) {
            postalCodeProblem(location.postalCode().strip().toUpperCase(Locale.ROOT), country,
                    location.state() == null ? null : location.state().strip().toUpperCase(Locale.ROOT))
                    .ifPresent(problem -> problems.put("postal_code", problem));
        }
        if (location.timezone() != null && !ZoneId.getAvailableZoneIds().contains(location.timezone().strip())) {
            problems.put("timezone", "must be an IANA time zone, such as America/New_York");
        }
        return problems;
    }

    /** The country of a valid postal code: {@code US} or {@code CA}. */
    static String countryOfPostalCode(String postalCode) {
        return ZIP.matcher(postalCode).matches() ? US : CANADA;
    }

    private static Optional<String> postalCodeProblem(String postalCode, Optional<String> country, String state) {
        boolean zip = ZIP.matcher(postalCode).matches();
        boolean canadian = CANADIAN.matcher(postalCode).matches();
        if (!zip && !canadian) {
            return Optional.of("must be a 5-digit US ZIP code (or ZIP+4, 02115-1234) or a Canadian postal code (K1A 0B1)");
        }
        if (country.isEmpty()) {
            return Optional.empty();
        }
        if (zip && !country.get().equals(US)) {
            return Optional.of("must be a Canadian postal code (K1A 0B1), as " + state + " is in Canada");
        }
        if (canadian && !country.get().equals(CANADA)) {
            return Optional.of("must be a US ZIP code (02115 or 02115-1234), as " + state + " is in the US");
        }
        if (canadian && !PROVINCE_OF_LETTER.get(postalCode.charAt(0)).contains(state)) {
            return Optional.of("is not a postal code of " + state + " (it starts with " + postalCode.charAt(0) + ")");
        }
        return Optional.empty();
    }
}
