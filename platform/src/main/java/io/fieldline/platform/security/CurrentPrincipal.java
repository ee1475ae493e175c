package io.fieldline.platform.security;

import io.fieldline.messaging.revocation.Revocations;
import io.fieldline.platform.errors.ApiException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The principal of the current request, from its verified JWT. */
@RequestScoped
public class CurrentPrincipal {

    private final JsonWebToken token;
    private final Revocations revocations;

    public CurrentPrincipal(JsonWebToken token, Revocations revocations) {
        this.token = token;
        this.revocations = revocations;
    }

    public TokenPrincipal get() {
        Optional<Long> account = longClaim("acct");
        if (account.isEmpty()) {
            throw ApiException.unauthorized("the access token names no account");
        }
        if (revocations.isRevoked(token, account.get())) {
            throw ApiException.unauthorized("The access token was revoked");
        }
        String scope = token.getClaim("scope");
        Set<String> scopes = scope == null ? Set.of()
                : Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
        Optional<Long> organization = longClaim("org");
        // user tokens carry the user's organization, and their subject is the user id
        Optional<Long> user = organization.isPresent() ? longClaim(Claims.sub.name()) : Optional.empty();
        return new TokenPrincipal(account.get(), token.getClaim("client_id"), scopes, user, organization, roles());
    }

    /** The {@code roles} claim of a user token, a JSON array of strings; none when absent or of another shape. */
    private Set<String> roles() {
        Object value = token.getClaim("roles");
        if (!(value instanceof Collection<?> roles)) {
            return Set.of();
        }
        return roles.stream().map(role -> role instanceof jakarta.json.JsonString text ? text.getString() : role)
                .filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toUnmodifiableSet());
    }

    private Optional<Long> longClaim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof Number number) {
            return Optional.of(number.longValue());
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            return Optional.of(number.longValue());
        }
        if (value instanceof String text && text.matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(text));
        }
        if (value instanceof jakarta.json.JsonString text && text.getString().matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(text.getString()));
        }
        return Optional.empty();
    }
}
