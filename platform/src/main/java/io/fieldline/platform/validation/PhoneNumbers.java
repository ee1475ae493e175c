package io.fieldline.platform.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.util.Optional;

/**
 * Phone numbers as the seeds take them: RFC 3966 global numbers ({@code +} and the country code, visual separators
 * allowed, an optional {@code tel:} prefix), parsed by Google's libphonenumber and checked to have a known country code
 * and a length its numbering plan allows, stored and answered in E.164 ({@code +15551234567}).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final String TEL = "tel:";
    private static final int MAX_LENGTH = 64;

    private PhoneNumbers() {
    }

    /** The number, when {@code text} is a valid global number; empty otherwise (a local number has no country). */
    public static Optional<Phonenumber.PhoneNumber> parse(String text) {
        String number = text.strip();
        if (number.regionMatches(true, 0, TEL, 0, TEL.length())) {
            number = number.substring(TEL.length());
        }
        if (!number.startsWith("+") || number.length() > MAX_LENGTH || number.contains(";")) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = NUMBERS.parse(number, null);
            // possible, not valid: the seeds' own examples (+1 555 …) lie in ranges libphonenumber knows as unassigned
            return NUMBERS.isPossibleNumberWithReason(parsed) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                    ? Optional.of(parsed) : Optional.empty();
        } catch (NumberParseException unparsable) {
            return Optional.empty();
        }
    }

    /**
     * {@code text} in E.164; only for text {@link PhoneNumber} accepted.
     *
     * @throws IllegalArgumentException when it is not a valid global number
     */
    public static String toE164(String text) {
        return parse(text).map(number -> NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                .orElseThrow(() -> new IllegalArgumentException("not a valid phone number"));
    }
}
