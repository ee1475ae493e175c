package io.fieldline.identity.account.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.identity.admin.IsoTimes;
import io.vertx.mutiny.sqlclient.Row;

/** An account as the admin API shows it. */
public record AccountView(long id, String name, boolean disabled, @JsonProperty("created_at") String createdAt) {

    /** {@code {"account": {...}}}. */
    public record Envelope(AccountView account) {
    }

    /** From a row with {@code id, name, disabled_at, created_at}. */
    public static AccountView of(Row row) {
        return new AccountView(row.getLong("id"), row.getString("name"), row.getOffsetDateTime("disabled_at") != null,
                IsoTimes.of(row.getOffsetDateTime("created_at")));
    }
}
