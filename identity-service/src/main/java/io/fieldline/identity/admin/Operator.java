package io.fieldline.identity.admin;

import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.Origin;
import io.fieldline.platform.security.Tenancy;

import java.util.Map;
import java.util.Optional;

/**
 * An operator of the admin API: the client it signed in with and where its request came from. An operator acts
 * across accounts; its own token's account (the bootstrap account) is never the one it acts on. Work on one account
 * runs under {@link #actingFor(long)}: that account, no organization, the operator's client id as actor. Only clients of
 * the operator's own account ({@code accountId}) may hold the admin scope, so no tenant's client acts across accounts.
 */
public record Operator(String clientId, long accountId, Origin origin) {

    /** The scope that makes a client an operator. */
    public static final String SCOPE = "admin";

    /** Whether a client of {@code clientAccountId} may be granted the admin scope by this operator. */
    public boolean mayGrantAdminTo(long clientAccountId) {
        return clientAccountId == accountId;
    }

    /** The tenancy of a change the operator makes in {@code accountId}. */
    public Tenancy actingFor(long accountId) {
        return new Tenancy(accountId, Optional.empty(), clientId);
    }

    /** The audit entry of a change the operator made; {@code accountId} is null for a change of no account. */
    public AuditEntry changed(String action, Long accountId, String target, Map<String, Object> details) {
        return AuditEntry.success(action, accountId, clientId, target, origin, details);
    }
}
