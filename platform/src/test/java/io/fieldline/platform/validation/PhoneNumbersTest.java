package io.fieldline.platform.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phone numbers in RFC 3966 global form, checked by libphonenumber and kept in E.164. */
class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+16175551234", "tel:+1-617-555-1234", "+1 (617) 555-1234", " +1.617.555.1234 "})
    void shouldTakeAGlobalNumberWithOrWithoutSeparatorsAndKeepItInE164(String number) {
        assertEquals("+16175551234", PhoneNumbers.toE164(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+15551234567", "+1 555 987 6543"})
    void shouldTakeTheSeedsExampleNumbers(String number) {
        assertTrue(PhoneNumbers.parse(number).isPresent(), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6175551234", "+1", "+1555", "+999123456789", "phone", "+1617555123456789012",
            "tel:+16175551234;ext=1", ""})
    void shouldRefuseALocalIncompleteOrUnknownNumber(String number) {
        assertTrue(PhoneNumbers.parse(number).isEmpty(), number);
    }
}
