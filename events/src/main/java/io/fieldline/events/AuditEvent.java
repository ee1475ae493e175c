package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Map;

/**
 * The data of an audit event on {@value #TOPIC}: one token issued, refused, refreshed or revoked, or one operator's
 * change, with who did it ({@code actor}: a client id, or the service that acted), to what ({@code target}), and from
 * where (the client address the gateway saw, and the request id). {@code id} is also the CloudEvent id. Never holds a
 * secret: no passwords, client secrets, tokens or keys.
 */
public record AuditEvent(
        String id,
        @JsonProperty("occurred_at") Instant occurredAt,
        String action,
        String outcome,
        @JsonProperty("account_id") Long accountId,
        String actor,
        String target,
        @JsonProperty("client_ip") String clientIp,
        @JsonProperty("request_id") String requestId,
        Map<String, Object> details) {

    public static final String TOPIC = "fieldline.identity.audit";
    public static final EventContract<AuditEvent> CONTRACT =
            EventContract.of(TOPIC, "identity-service", AuditEvent.class, "AuditEntry");
    public static final EventType<AuditEvent> RECORDED = CONTRACT.declare("fieldline.identity.audit.recorded.v1");
}
