package io.fieldline.identity.client.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.identity.admin.IsoTimes;
import io.vertx.mutiny.sqlclient.Row;

import java.util.Arrays;
import java.util.List;

/** A client as the admin API shows it; {@code client_secret} appears once, in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(@JsonProperty("client_id") String clientId, @JsonProperty("client_secret") String clientSecret,
                         @JsonProperty("account_id") long accountId, List<String> scopes,
                         @JsonProperty("grant_types") List<String> grantTypes, Boolean disabled,
                         @JsonProperty("created_at") String createdAt) {

    /** {@code {"client": {...}}}. */
    public record Envelope(ClientView client) {
    }

    /** From a row with the client's columns, with the secret only when it was just created. */
    public static ClientView of(Row row, String secret) {
        return new ClientView(row.getString("client_id"), secret, row.getLong("account_id"), words(row.getString("scopes")),
                words(row.getString("grant_types")), row.getOffsetDateTime("disabled_at") != null,
                IsoTimes.of(row.getOffsetDateTime("created_at")));
    }

    /** The words of a space-separated column such as {@code scopes}. */
    public static List<String> words(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
