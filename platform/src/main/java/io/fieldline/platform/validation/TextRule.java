package io.fieldline.platform.validation;

import java.util.Optional;

/** What any text a client sends must be to be stored as sent: free of U+0000, and well-formed UTF-16 (no lone surrogate). */
public final class TextRule {

    public static final String NUL = "must not contain the NUL character (U+0000)";
    public static final String NOT_UNICODE = "must be valid Unicode text (it has an unpaired surrogate)";

    private TextRule() {
    }

    /** The problem with {@code text}, or empty when it can be stored; {@code null} has none. */
    public static Optional<String> problemWith(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(NOT_UNICODE);
            }
        }
        return Optional.empty();
    }
}
