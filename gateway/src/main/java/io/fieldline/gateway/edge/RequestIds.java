package io.fieldline.gateway.edge;

import io.vertx.ext.web.RoutingContext;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The gateway assigns every request an {@code X-Request-Id}, keeping a valid one the caller sent. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    /** Short and printable, nothing that could forge a log line. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private RequestIds() {
    }

    /** The request's id: the caller's if valid, else a new one; the same for the whole request. */
    static String of(RoutingContext context) {
        String id = context.get(HEADER);
        if (id == null) {
            id = keepOrAssign(context.request().getHeader(HEADER));
            context.put(HEADER, id);
        }
        return id;
    }

    private static String keepOrAssign(String incoming) {
        if (incoming != null && VALID.matcher(incoming).matches()) {
            return incoming;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return HexFormat.of().toHexDigits(random.nextLong()) + HexFormat.of().toHexDigits(random.nextLong());
    }
}
