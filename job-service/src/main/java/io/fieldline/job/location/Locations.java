package io.fieldline.job.location;

import java.util.Locale;

/** Puts a valid {@link Location} in the form it is stored and shown in. */
public final class Locations {

    private Locations() {
    }

    /**
     * The location with its text stripped, a blank {@code street_2} left out, the state and postal code in upper case
     * (a Canadian code as {@code K1A 0B1}), and, when no {@code timezone} was sent, the zone {@link TimezoneTable}
     * derives from the state and ZIP code (none for a location without a state). Only for a location that passed
     * {@link LocationRules}; {@code null} stays {@code null}.
     */
    public static Location normalize(Location location) {
        if (location == null) {
            return null;
        }
        String state = upper(location.state());
        String postalCode = postalCode(upper(location.postalCode()));
        String timezone = location.timezone() != null ? location.timezone().strip()
                : state == null ? null : TimezoneTable.standard().zoneOf(state, postalCode).map(Object::toString).orElse(null);
        String street2 = location.street2() == null || location.street2().isBlank() ? null : location.street2().strip();
        return new Location(location.street1().strip(), street2, location.city().strip(), state, postalCode, timezone);
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String postalCode(String code) {
        if (code == null || LocationRules.countryOfPostalCode(code).equals(LocationRules.US)) {
            return code;
        }
        String compact = code.replace(" ", "");
        return compact.substring(0, 3) + " " + compact.substring(3);
    }
}
