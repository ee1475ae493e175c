package io.fieldline.platform.validation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether bytes are well-formed UTF-8 (RFC 3629 §3): no overlong form ({@code C0 AF} for "/"), no encoded surrogate,
 * nothing past U+10FFFF, no stray continuation byte. Parsers that decode such bytes leniently would store a different
 * text than was sent, so it is refused instead.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** Whether {@code bytes} are well-formed UTF-8. */
    public static boolean isValid(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }

    /**
     * Whether the raw (still percent-encoded) text of a URI's path or query decodes to well-formed UTF-8; a malformed
     * escape counts as not.
     */
    public static boolean percentDecodesToValidText(String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] own = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(own, 0, own.length);
            }
        }
        return isValid(bytes.toByteArray());
    }
}
