package io.fieldline.job.location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a US or Canadian address by its state or province and, where a state spans zones, the first three
 * digits of its ZIP code: {@code timezones.csv} beside this class, whose header names its sources (the IANA Time Zone
 * Database and the USPS 3-digit ZIP prefix list). Its states and provinces are also the codes a location may have.
 */
public final class TimezoneTable {

    private static final String RESOURCE = "timezones.csv";
    private static final TimezoneTable STANDARD = load();

    private final Map<String, String> countryOfState;
    private final Map<String, ZoneId> zoneOfState;
    private final Map<String, ZoneId> zoneOfZipPrefix;

    private TimezoneTable(Map<String, String> countryOfState, Map<String, ZoneId> zoneOfState,
                          Map<String, ZoneId> zoneOfZipPrefix) {
        this.countryOfState = Map.copyOf(countryOfState);
        this.zoneOfState = Map.copyOf(zoneOfState);
        this.zoneOfZipPrefix = Map.copyOf(zoneOfZipPrefix);
    }

    /** The table shipped with the service. */
    public static TimezoneTable standard() {
        return STANDARD;
    }

    /** {@code US} or {@code CA} for a known upper-case state or province code; empty for any other text. */
    public Optional<String> country(String state) {
        return Optional.ofNullable(countryOfState.get(state));
    }

    /**
     * The zone of an address in {@code state} (upper case), refined by a US ZIP code's first three digits where the
     * state spans zones; {@code postalCode} may be null. Empty for an unknown state.
     */
    public Optional<ZoneId> zoneOf(String state, String postalCode) {
        if (postalCode != null && postalCode.length() >= 3) {
            ZoneId byPrefix = zoneOfZipPrefix.get(state + "," + postalCode.substring(0, 3));
            if (byPrefix != null) {
                return Optional.of(byPrefix);
            }
        }
        return Optional.ofNullable(zoneOfState.get(state));
    }

    private static TimezoneTable load() {
        Map<String, String> countries = new HashMap<>();
        Map<String, ZoneId> states = new HashMap<>();
        Map<String, ZoneId> prefixes = new HashMap<>();
        try (InputStream in = TimezoneTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not packaged beside " + TimezoneTable.class.getName());
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 4) {
                    throw new IllegalStateException(RESOURCE + " has a line that is not country,state,zip_prefix,timezone: " + line);
                }
                ZoneId zone = ZoneId.of(fields[3]);
                if (fields[2].isEmpty()) {
                    countries.put(fields[1], fields[0]);
                    states.put(fields[1], zone);
                } else {
                    prefixes.put(fields[1] + "," + fields[2], zone);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", unreadable);
        }
        return new TimezoneTable(countries, states, prefixes);
    }
}
