package io.fieldline.gateway.ratelimit;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The client id an OAuth request claims, before anyone has checked it: the user name of HTTP Basic credentials
 * (RFC 6749 §2.3.1), else the {@code client_id} of a form or JSON body. Whatever does not parse claims nothing;
 * identity-service answers it.
 */
final class ClaimedClient {

    private static final String BASIC = "Basic ";

    private ClaimedClient() {
    }

    static Optional<String> of(HttpServerRequest request, Buffer body) {
        return fromBasic(request.getHeader("Authorization")).or(() -> fromBody(request.getHeader("Content-Type"), body))
                .filter(clientId -> !clientId.isBlank() && clientId.length() <= 200);
    }

    private static Optional<String> fromBasic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> fromBody(String contentType, Buffer body) {
        if (contentType == null || body == null || body.length() == 0) {
            return Optional.empty();
        }
        try {
            if (contentType.startsWith("application/x-www-form-urlencoded")) {
                List<String> values = new QueryStringDecoder(body.toString(StandardCharsets.UTF_8), false)
                        .parameters().get("client_id");
                return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
            }
            if (contentType.startsWith("application/json")) {
                return Optional.ofNullable(new JsonObject(body).getValue("client_id"))
                        .filter(String.class::isInstance).map(String.class::cast);
            }
        } catch (IllegalArgumentException | DecodeException | ClassCastException unreadable) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
