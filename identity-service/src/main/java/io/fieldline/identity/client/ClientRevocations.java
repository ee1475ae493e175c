package io.fieldline.identity.client;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.config.ClientCacheConfig;
import io.fieldline.events.RevocationEvent;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Revokes everything issued through a client (its own tokens, its users' tokens and its integration keys' tokens):
 * its refresh tokens at once, and its access tokens by a revocation event the gateway and every service apply. The
 * event also covers tokens issued for as long as another replica may still remember the client as it was
 * ({@code fieldline.client-cache.lifetime}).
 */
@ApplicationScoped
public class ClientRevocations {

    private final Outbox outbox;
    private final long tokenLifetimeSeconds;
    private final Duration clientCacheLifetime;

    public ClientRevocations(Outbox outbox, TokenSettings tokens, ClientCacheConfig clientCache) {
        this.outbox = outbox;
        this.tokenLifetimeSeconds = tokens.lifetime();
        this.clientCacheLifetime = clientCache.lifetime();
    }

    /** Within the caller's transaction. */
    public Uni<Void> revokeClient(SqlConnection transaction, long accountId, long clientRowId, String clientId) {
        return transaction.preparedQuery("UPDATE refresh_token SET revoked_at = now() WHERE client_id = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(clientRowId))
                .chain(() -> announce(transaction, accountId, clientId));
    }

    /** Every client of the account, within the caller's transaction. */
    public Uni<Void> revokeAccount(SqlConnection transaction, long accountId) {
        return transaction.preparedQuery("UPDATE refresh_token SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL")
                .execute(Tuple.of(accountId))
                .chain(() -> transaction.preparedQuery("SELECT client_id FROM oauth_client WHERE account_id = $1")
                        .execute(Tuple.of(accountId)))
                .chain(rows -> {
                    List<String> clientIds = new ArrayList<>();
                    rows.forEach(row -> clientIds.add(row.getString("client_id")));
                    return Multi.createFrom().iterable(clientIds)
                            .onItem().transformToUniAndConcatenate(clientId -> announce(transaction, accountId, clientId))
                            .collect().last().replaceWithVoid();
                });
    }

    private Uni<Void> announce(SqlConnection transaction, long accountId, String clientId) {
        Instant issuedBefore = Instant.now().plus(clientCacheLifetime).truncatedTo(ChronoUnit.SECONDS);
        return outbox.record(transaction, new ChangeEvent<>(RevocationEvent.CLIENT_REVOKED, clientId,
                accountId, RevocationEvent.client(accountId, clientId, issuedBefore,
                        issuedBefore.plusSeconds(tokenLifetimeSeconds))));
    }
}
