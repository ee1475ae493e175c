package io.fieldline.identity.integrationkey.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.identity.admin.IsoTimes;
import io.vertx.mutiny.sqlclient.Row;

/** An integration key as the admin API shows it; {@code key} appears once, in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrationKeyView(long id, @JsonProperty("client_id") String clientId, String name, String key,
                                 @JsonProperty("key_prefix") String keyPrefix, @JsonProperty("created_at") String createdAt,
                                 @JsonProperty("last_used_at") String lastUsedAt,
                                 @JsonProperty("revoked_at") String revokedAt) {

    /** {@code {"integration_key": {...}}}. */
    public record Envelope(@JsonProperty("integration_key") IntegrationKeyView integrationKey) {
    }

    /** From a row with the key's columns and its client's public id, with the key only when it was just created. */
    public static IntegrationKeyView of(Row row, String key) {
        return new IntegrationKeyView(row.getLong("id"), row.getString("client_id"), row.getString("name"), key,
                row.getString("key_prefix"), IsoTimes.of(row.getOffsetDateTime("created_at")),
                IsoTimes.of(row.getOffsetDateTime("last_used_at")), IsoTimes.of(row.getOffsetDateTime("revoked_at")));
    }
}
