package io.fieldline.identity.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What the admin API answers with. */
final class AdminViews {

    private AdminViews() {
    }

    record Account(long id, String name, @JsonProperty("created_at") String createdAt) {
    }

    record AccountEnvelope(Account account) {
    }

    /** A client; {@code client_secret} appears once, in the answer that created it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Client(@JsonProperty("client_id") String clientId, @JsonProperty("client_secret") String clientSecret,
                  @JsonProperty("account_id") long accountId, List<String> scopes,
                  @JsonProperty("grant_types") List<String> grantTypes) {
    }

    record ClientEnvelope(Client client) {
    }

    record Key(String kid, String algorithm, @JsonProperty("activates_at") String activatesAt) {
    }

    record KeyEnvelope(Key key) {
    }
}
