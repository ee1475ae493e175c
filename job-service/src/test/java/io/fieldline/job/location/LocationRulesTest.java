package io.fieldline.job.location;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a location's state, postal code and time zone (seed: "Location Entity"). */
class LocationRulesTest {

    @Test
    void shouldAcceptTheSeedsExampleAddress() {
        assertEquals(Map.of(), LocationRules.problems(
                new Location("555 Test Avenue", "Unit 5", "Boston", "MA", "02115", "America/New_York")));
    }

    @ParameterizedTest
    @CsvSource({"MA,02115", "ma,02115-1234", "DC,20500", "ON,K1A 0B1", "on,k1a0b1", "QC,H2X 1Y4", "NU,X0A 0H0",
            "YT,Y1A 1A1"})
    void shouldAcceptAPostalCodeOfTheStatesCountry(String state, String postalCode) {
        assertEquals(Map.of(), LocationRules.problems(new Location("1 Main St", null, "Town", state, postalCode, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "Massachusetts", "PR", "", "M"})
    void shouldRefuseAStateThatIsNeitherAUsStateNorACanadianProvince(String state) {
        assertEquals(Map.of("state", "must be the two-letter code of a US state, DC, or a Canadian province or territory"),
                LocationRules.problems(new Location("1 Main St", null, "Town", state, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0211", "021155", "02115-12", "ABCDE", "K1A-0B1", "D1A 0B1", "K1A 0B", ""})
    void shouldRefuseAPostalCodeOfNeitherShape(String postalCode) {
        assertTrue(LocationRules.problems(new Location("1 Main St", null, "Town", null, postalCode, null))
                .get("postal_code").startsWith("must be a 5-digit US ZIP code"));
    }

    @Test
    void shouldRefuseACanadianPostalCodeInAUsState() {
        assertEquals(Map.of("postal_code", "must be a US ZIP code (02115 or 02115-1234), as MA is in the US"),
                LocationRules.problems(new Location("1 Main St", null, "Boston", "MA", "K1A 0B1", null)));
    }

    @Test
    void shouldRefuseAZipCodeInACanadianProvince() {
        assertEquals(Map.of("postal_code", "must be a Canadian postal code (K1A 0B1), as ON is in Canada"),
                LocationRules.problems(new Location("1 Main St", null, "Ottawa", "ON", "02115", null)));
    }

    @Test
    void shouldRefuseACanadianPostalCodeOfAnotherProvince() {
        assertEquals(Map.of("postal_code", "is not a postal code of BC (it starts with K)"),
                LocationRules.problems(new Location("1 Main St", null, "Vancouver", "BC", "K1A 0B1", null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Eastern", "EST", "America/Boston", ""})
    void shouldRefuseATimezoneThatIsNotAnIanaZone(String timezone) {
        assertEquals(Map.of("timezone", "must be an IANA time zone, such as America/New_York"),
                LocationRules.problems(new Location("1 Main St", null, "Boston", "MA", "02115", timezone)));
    }

    @Test
    void shouldNameEveryBrokenRuleAtOnce() {
        assertEquals(Set.of("state", "postal_code", "timezone"),
                LocationRules.problems(new Location("1 Main St", null, "Town", "ZZ", "1", "Nowhere")).keySet());
    }
}
