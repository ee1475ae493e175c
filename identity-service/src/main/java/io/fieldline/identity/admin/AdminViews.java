package io.fieldline.identity.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.mutiny.sqlclient.Row;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** What the admin API answers with. */
final class AdminViews {

    private AdminViews() {
    }

    record Account(long id, String name, boolean disabled, @JsonProperty("created_at") String createdAt) {

        static Account of(Row row) {
            return new Account(row.getLong("id"), row.getString("name"), row.getOffsetDateTime("disabled_at") != null,
                    time(row.getOffsetDateTime("created_at")));
        }
    }

    record AccountEnvelope(Account account) {
    }

    /** A client; {@code client_secret} appears once, in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Client(@JsonProperty("client_id") String clientId, @JsonProperty("client_secret") String clientSecret,
                  @JsonProperty("account_id") long accountId, List<String> scopes,
                  @JsonProperty("grant_types") List<String> grantTypes, Boolean disabled,
                  @JsonProperty("created_at") String createdAt) {

        static Client of(Row row, String secret) {
            return new Client(row.getString("client_id"), secret, row.getLong("account_id"), words(row.getString("scopes")),
                    words(row.getString("grant_types")), row.getOffsetDateTime("disabled_at") != null,
                    time(row.getOffsetDateTime("created_at")));
        }
    }

    record ClientEnvelope(Client client) {
    }

    /** An integration key; {@code key} appears once, in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IntegrationKey(long id, @JsonProperty("client_id") String clientId, String name, String key,
                          @JsonProperty("key_prefix") String keyPrefix, @JsonProperty("created_at") String createdAt,
                          @JsonProperty("last_used_at") String lastUsedAt, @JsonProperty("revoked_at") String revokedAt) {

        static IntegrationKey of(Row row, String key) {
            return new IntegrationKey(row.getLong("id"), row.getString("client_id"), row.getString("name"), key,
                    row.getString("key_prefix"), time(row.getOffsetDateTime("created_at")),
                    time(row.getOffsetDateTime("last_used_at")), time(row.getOffsetDateTime("revoked_at")));
        }
    }

    record IntegrationKeyEnvelope(@JsonProperty("integration_key") IntegrationKey integrationKey) {
    }

    record Key(String kid, String algorithm, @JsonProperty("activates_at") String activatesAt) {
    }

    record KeyEnvelope(Key key) {
    }

    static String time(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    static List<String> words(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
}
