package io.fieldline.identity.audit;

import java.util.Map;

/**
 * One audited action: what happened ({@code action}), how it ended ({@code outcome}), in which account, who did it
 * ({@code actor}: a client id, or {@code integration-key:<id>}), to what ({@code target}), from where, and details.
 * Never holds a secret: no passwords, client secrets, tokens or keys.
 */
public record AuditEntry(String action, String outcome, Long accountId, String actor, String target, Origin origin,
                         Map<String, Object> details) {

    public static final String SUCCESS = "success";
    public static final String REFUSED = "refused";

    public static AuditEntry success(String action, Long accountId, String actor, String target, Origin origin,
                                     Map<String, Object> details) {
        return new AuditEntry(action, SUCCESS, accountId, actor, target, origin, details);
    }
}
