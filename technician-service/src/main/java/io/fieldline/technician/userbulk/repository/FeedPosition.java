package io.fieldline.technician.userbulk.repository;

import io.fieldline.platform.errors.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the delta feed of users: after the change {@code sequence} of transaction {@code transaction}. The
 * {@code cursor} a client sends back is its opaque text.
 */
public record FeedPosition(long transaction, long sequence) {

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,19})\\.([0-9]{1,19})");

    private static final String NOT_OURS = "must be a cursor this API gave";

    /** The position before every change. */
    public static final FeedPosition START = new FeedPosition(0, 0);

    /** The position a {@code cursor} names; a cursor this API did not give is a 400 naming it. */
    public static FeedPosition parse(String cursor) {
        try {
            Matcher matcher = TEXT.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (matcher.matches()) {
                return new FeedPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
            }
        } catch (IllegalArgumentException notOurs) {
            // not base64url, or a number beyond a long: not a cursor this API gave either
        }
        throw new ApiException(400, "bad_request", "Invalid query parameters: cursor " + NOT_OURS,
                Map.of("cursor", List.of(NOT_OURS)));
    }

    /** The opaque text of this position. */
    public String cursor() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((transaction + "." + sequence).getBytes(StandardCharsets.UTF_8));
    }
}
