package io.fieldline.platform.security;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a service call acts for and who asks: the account (tenant) always, the one organization a user may see, and
 * the actor named in audit entries. An HTTP request and an incoming event both supply one, so a Kafka consumer runs
 * the same rule as a request.
 */
public record Tenancy(long accountId, Optional<Long> organizationId, String actor) {

    public Tenancy {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * The tenancy of a verified access token: a client token acts for its whole account as its client id; a user
     * token acts as {@code user:<id>} within the user's organization.
     */
    public static Tenancy of(TokenPrincipal principal) {
        String actor = principal.userId().map(user -> "user:" + user).orElse(principal.clientId());
        return new Tenancy(principal.accountId(), principal.organizationId(), actor == null ? "unknown" : actor);
    }

    /**
     * The tenancy of an incoming event: its account (the CloudEvents {@code accountid} extension), the organization it
     * concerns if any, and its {@code ce_source} as the actor.
     */
    public static Tenancy ofEvent(long accountId, Optional<Long> organizationId, String source) {
        return new Tenancy(accountId, organizationId, source);
    }
}
