package io.fieldline.identity.token;

import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.audit.Origin;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One token request's audit of what it issued: a grant stores its token with the entry in one statement, so a token
 * is answered only once its issue is recorded.
 */
final class GrantAudit {

    private final AuditTrail trail;
    private final Pool pool;
    private final String grantType;
    private final Origin origin;

    GrantAudit(AuditTrail trail, Pool pool, String grantType, Origin origin) {
        this.trail = trail;
        this.pool = pool;
        this.grantType = grantType;
        this.origin = origin;
    }

    /** Runs a statement made by {@link AuditTrail#after}; true when it stored the token, and so recorded its issue. */
    Uni<Boolean> storeAndRecord(String statement, List<Object> parameters, IssuedToken issued) {
        return trail.recordAfter(pool, statement, parameters, issued(issued));
    }

    /** The entry that records the issue of {@code issued}, for a statement that stores many tokens at once. */
    AuditEntry issued(IssuedToken issued) {
        return entry(issued, false);
    }

    /**
     * Records a refresh answered again within its grace with the pair it was answered before: that pair's issue was
     * recorded then, with its access token's id.
     */
    Uni<IssuedToken> recordReplay(IssuedToken replayed) {
        return trail.record(pool, entry(replayed, true)).replaceWith(replayed);
    }

    private AuditEntry entry(IssuedToken issued, boolean replayed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("grant_type", grantType);
        details.put("scope", issued.response().scope());
        if (replayed) {
            details.put("replayed", true);
        } else {
            details.put("jti", issued.jti());
        }
        String action = RefreshTokenGrant.TYPE.equals(grantType) ? "token.refreshed" : "token.issued";
        return AuditEntry.success(action, issued.accountId(), issued.clientId(), issued.subject(), origin, details);
    }
}
