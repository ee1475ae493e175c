package io.fieldline.surfaces;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} that ties a request's logs, responses and error bodies together across the gateway and
 * the services: which incoming ids are kept, and how a new one is made.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {
    }

    /** Whether an incoming id can be kept: short, printable, no separators that could forge log lines. */
    public static boolean isValid(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches();
    }

    /** The id a request is served under: the incoming one when it can be kept, else a new one. */
    public static String keepOrAssign(String incoming) {
        return isValid(incoming) ? incoming : generate();
    }

    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }
}
