package io.fieldline.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who a request acts for, read from its access token: the account (tenant) always; for a user token also the user,
 * the one organization it may see and its roles ({@code dispatcher}, {@code technician}).
 */
public record TokenPrincipal(long accountId, String clientId, Set<String> scopes, Optional<Long> userId,
                             Optional<Long> organizationId, Set<String> roles) {

    public TokenPrincipal {
        roles = Set.copyOf(roles);
    }

    /** A principal without roles, such as a job source's client token. */
    public TokenPrincipal(long accountId, String clientId, Set<String> scopes, Optional<Long> userId,
                          Optional<Long> organizationId) {
        this(accountId, clientId, scopes, userId, organizationId, Set.of());
    }

    public boolean isUser() {
        return userId.isPresent();
    }

    /** Whether a user token carries the role; a client token carries none. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
