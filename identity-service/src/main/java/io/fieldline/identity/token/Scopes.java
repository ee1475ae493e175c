package io.fieldline.identity.token;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** OAuth scope strings: space-separated, narrowed by a token request, never widened. */
final class Scopes {

    /** The operators' scope: it acts across accounts, so only a client, never a user, may hold it. */
    static final String OPERATOR = "admin";

    private Scopes() {
    }

    /**
     * What a user logging in through {@code client} may be granted: the client's scopes but the operators'. A user acts
     * within its own organization (seed: Access Control), never for the whole installation.
     */
    static Set<String> forUser(Set<String> clientScopes) {
        Set<String> scopes = new LinkedHashSet<>(clientScopes);
        scopes.remove(OPERATOR);
        return scopes;
    }

    static Set<String> parse(String scope) {
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        return scopes;
    }

    /** The requested scopes if all are granted; all granted ones when none are asked for; else {@code invalid_scope}. */
    static String narrow(Set<String> granted, String requested) {
        Set<String> asked = parse(requested);
        if (asked.isEmpty()) {
            return String.join(" ", granted);
        }
        for (String scope : asked) {
            if (!granted.contains(scope)) {
                throw OAuthErrors.invalidScope(scope);
            }
        }
        return String.join(" ", asked);
    }
}
