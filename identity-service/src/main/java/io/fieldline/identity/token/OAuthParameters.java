package io.fieldline.identity.token;

import io.fieldline.platform.validation.TextRule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every OAuth request parameter follows, whether sent as a form or as JSON: at most once (RFC 6749 §3.2),
 * and text that can be stored as sent. A client's own id or secret that breaks them fails client authentication
 * (RFC 6749 §5.2 {@code invalid_client}); any other parameter is an {@code invalid_request} naming it.
 */
final class OAuthParameters {

    private static final Set<String> CLIENT_AUTHENTICATION = Set.of("client_id", "client_secret");

    private OAuthParameters() {
    }

    /** The one value of a form parameter, or {@code null} when absent. */
    static String single(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw OAuthErrors.invalidRequest(name + " is given more than once");
        }
        return checked(name, values.get(0));
    }

    /** {@code value}, when it is text that can be stored as sent. */
    static String checked(String name, String value) {
        Optional<String> problem = TextRule.problemWith(value);
        if (problem.isEmpty()) {
            return value;
        }
        throw CLIENT_AUTHENTICATION.contains(name) ? OAuthErrors.invalidClient()
                : OAuthErrors.invalidRequest(name + " " + problem.get());
    }
}
