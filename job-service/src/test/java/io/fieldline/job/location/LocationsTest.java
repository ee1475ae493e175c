package io.fieldline.job.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A location as it is stored: normalized, with its time zone derived when none was sent. */
class LocationsTest {

    @ParameterizedTest
    @CsvSource({
            "MA,02115,America/New_York",
            "CA,94105,America/Los_Angeles",
            "AZ,85004,America/Phoenix",
            "HI,96813,Pacific/Honolulu",
            "IN,46204,America/Indiana/Indianapolis",
            "IN,47708,America/Chicago",
            "FL,33101,America/New_York",
            "FL,32501,America/Chicago",
            "TN,37203,America/Chicago",
            "TN,37902,America/New_York",
            "TX,75201,America/Chicago",
            "TX,79901,America/Denver",
            "ID,83702,America/Boise",
            "ID,83814,America/Los_Angeles",
            "KY,40202,America/New_York",
            "KY,42001,America/Chicago",
            "ON,M5V 2T6,America/Toronto",
            "BC,V6B 1A1,America/Vancouver",
            "SK,S4P 3Y2,America/Regina",
            "NL,A1C 5M2,America/St_Johns"})
    void shouldDeriveTheTimezoneFromTheStateAndTheZipPrefixWhereAStateSpansZones(String state, String postalCode,
                                                                                 String timezone) {
        assertEquals(timezone, Locations.normalize(new Location("1 Main St", null, "Town", state, postalCode, null))
                .timezone());
    }

    @Test
    void shouldDeriveTheTimezoneFromTheStateAloneWithoutAPostalCode() {
        assertEquals("America/Denver",
                Locations.normalize(new Location("1 Main St", null, "Denver", "CO", null, null)).timezone());
    }

    @Test
    void shouldKeepATimezoneThatWasSent() {
        assertEquals("America/Chicago",
                Locations.normalize(new Location("1 Main St", null, "Boston", "MA", "02115", "America/Chicago")).timezone());
    }

    @Test
    void shouldLeaveTheTimezoneOutWithoutAState() {
        assertNull(Locations.normalize(new Location("1 Main St", null, "Boston", null, "02115", null)).timezone());
    }

    @Test
    void shouldStoreCodesInUpperCaseAndACanadianPostalCodeWithItsSpace() {
        Location stored = Locations.normalize(new Location(" 1 Main St ", " ", " Ottawa ", "on", "k1a0b1", null));

        assertEquals(new Location("1 Main St", null, "Ottawa", "ON", "K1A 0B1", "America/Toronto"), stored);
    }

    @ParameterizedTest
    @CsvSource({
            "US,AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC",
            "US,ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY",
            "CA,AB BC MB NB NL NS NT NU ON PE QC SK YT"})
    void shouldKnowEveryUsStateDcAndEveryCanadianProvinceAndTerritory(String country, String codes) {
        for (String code : codes.split(" ")) {
            assertEquals(Optional.of(country), TimezoneTable.standard().country(code), code);
        }
    }
}
