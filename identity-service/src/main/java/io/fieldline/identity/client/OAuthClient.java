package io.fieldline.identity.client;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An OAuth2 client of one account: its public id, the hash of its secret, and what it may ask for. */
@Entity
@Table(name = "oauth_client")
public class OAuthClient extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    /** Granted scopes, space separated as in OAuth's {@code scope} parameter. */
    @Column(nullable = false)
    public String scopes;

    /** Grant types this client may use, space separated. */
    @Column(name = "grant_types", nullable = false)
    public String grantTypes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When an operator disabled the client; null while it is enabled. */
    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** A client as read by plain SQL, for the hot paths that do without a Hibernate session. */
    public static OAuthClient of(long id, long accountId, String clientId, String scopes, String grantTypes) {
        OAuthClient client = new OAuthClient();
        client.id = id;
        client.accountId = accountId;
        client.clientId = clientId;
        client.scopes = scopes;
        client.grantTypes = grantTypes;
        return client;
    }

    public Set<String> scopeSet() {
        return split(scopes);
    }

    public boolean allowsGrant(String grantType) {
        return split(grantTypes).contains(grantType);
    }

    private static Set<String> split(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
