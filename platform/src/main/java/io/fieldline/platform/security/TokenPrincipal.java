package io.fieldline.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who a request acts for, read from its access token: the account (tenant) always; for a user token also the user and
 * the one organization it may see.
 */
public record TokenPrincipal(long accountId, String clientId, Set<String> scopes, Optional<Long> userId,
                             Optional<Long> organizationId) {

    public boolean isUser() {
        return userId.isPresent();
    }
}
