package io.fieldline.identity.audit.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/** An audit entry as the admin API shows it. */
public record AuditEventView(String id, @JsonProperty("occurred_at") String occurredAt, String action, String outcome,
                             @JsonProperty("account_id") Long accountId, String actor, String target,
                             @JsonProperty("client_ip") String clientIp, @JsonProperty("request_id") String requestId,
                             Map<String, Object> details) {
}
