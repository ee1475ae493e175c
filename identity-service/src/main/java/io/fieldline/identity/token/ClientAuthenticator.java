package io.fieldline.identity.token;

import io.fieldline.identity.config.ClientCacheConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.platform.errors.ApiException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * Authenticates OAuth clients by id and secret; a disabled client, or one of a disabled account, is unknown here. An
 * unknown client costs the same time as a wrong secret, and repeated failures for one client id are slowed and then
 * locked. Call it before opening a session or transaction: it reads the client and its lock state in one query of its
 * own, so a request never holds two connections at once.
 * <p>
 * A client that just authenticated is remembered for {@code fieldline.client-cache.lifetime} (a couple of seconds), so
 * a busy client's next grants skip that query; its secret is still checked every time. A failure forgets it, and so
 * does a change an operator makes here; another replica's change reaches this one within that lifetime, and client
 * revocations reach that far forward ({@link io.fieldline.identity.client.ClientRevocations}).
 */
@ApplicationScoped
public class ClientAuthenticator {

    private static final String FIND = """
            SELECT c.id, c.account_id, c.client_id, c.secret_hash, c.scopes, c.grant_types,
                   coalesce(t.locked_until > now(), false) AS locked
            FROM (SELECT $1::text AS client_id) asked
            LEFT JOIN (oauth_client c JOIN account a ON a.id = c.account_id AND a.disabled_at IS NULL)
                ON c.client_id = asked.client_id AND c.disabled_at IS NULL
            LEFT JOIN login_throttle t ON t.subject = 'client:' || asked.client_id""";

    private final Pool pool;
    private final SecretHasher hasher;
    private final LoginThrottle throttle;
    private final String unknownClientHash;
    private final Cache<String, OAuthClient> recent;

    public ClientAuthenticator(Pool pool, SecretHasher hasher, LoginThrottle throttle,
                               ClientCacheConfig cache) {
        this.pool = pool;
        this.hasher = hasher;
        this.throttle = throttle;
        this.recent = Caffeine.newBuilder().expireAfterWrite(cache.lifetime()).maximumSize(10_000).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.unknownClientHash = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    /** The client, or an {@code invalid_client} failure. */
    public Uni<OAuthClient> authenticate(ClientCredentials credentials) {
        OAuthClient remembered = recent.getIfPresent(credentials.clientId());
        if (remembered != null && credentials.clientSecret() != null
                && hasher.matches(credentials.clientSecret(), remembered.secretHash)) {
            return Uni.createFrom().item(remembered);
        }
        return lookUp(credentials);
    }

    /** Forgets what was remembered of a client, after an operator changed it or its account. */
    public void forget(String clientId) {
        recent.invalidate(clientId);
    }

    /** Forgets every client, after an operator changed an account. */
    public void forgetAll() {
        recent.invalidateAll();
    }

    private Uni<OAuthClient> lookUp(ClientCredentials credentials) {
        return pool.preparedQuery(FIND).execute(Tuple.of(credentials.clientId())).chain(rows -> {
            Row row = rows.iterator().next();
            if (row.getBoolean("locked")) {
                throw new ApiException(401, "invalid_client", "Too many failed attempts; try again later");
            }
            OAuthClient client = row.getLong("id") == null ? null : toClient(row);
            String secret = credentials.clientSecret() == null ? "" : credentials.clientSecret();
            boolean matches = hasher.matches(secret, client == null ? unknownClientHash : client.secretHash);
            if (client == null || !matches || credentials.clientSecret() == null) {
                recent.invalidate(credentials.clientId());
                return throttle.failed(LoginThrottle.client(credentials.clientId()))
                        .chain(() -> Uni.createFrom().<OAuthClient>failure(OAuthErrors.invalidClient()));
            }
            recent.put(client.clientId, client);
            return Uni.createFrom().item(client);
        });
    }

    private static OAuthClient toClient(Row row) {
        OAuthClient client = OAuthClient.of(row.getLong("id"), row.getLong("account_id"), row.getString("client_id"),
                row.getString("scopes"), row.getString("grant_types"));
        client.secretHash = row.getString("secret_hash");
        return client;
    }
}
