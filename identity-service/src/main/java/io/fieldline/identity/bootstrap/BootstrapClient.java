package io.fieldline.identity.bootstrap;

import io.fieldline.identity.config.BootstrapConfig;
import io.fieldline.identity.account.Account;
import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.OAuthClientRepository;
import io.fieldline.identity.client.SecretHasher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.Optional;

/**
 * Makes sure the bootstrap account and its client exist, so a fresh installation can get its first token and operators
 * can use the admin API. Secret, scopes and grant types follow configuration, applied on the next start.
 */
@ApplicationScoped
public class BootstrapClient {

    static final String GRANT_TYPES = "client_credentials password refresh_token";

    private final OAuthClientRepository clients;
    private final SecretHasher hasher;
    private final Optional<String> clientId;
    private final Optional<String> clientSecret;
    private final String scopes;

    public BootstrapClient(OAuthClientRepository clients, SecretHasher hasher,
                           BootstrapConfig bootstrap) {
        this.clients = clients;
        this.hasher = hasher;
        this.clientId = bootstrap.clientId();
        this.clientSecret = bootstrap.clientSecret();
        this.scopes = bootstrap.scopes();
    }

    void ensure(@Observes StartupEvent startup) throws Throwable {
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            return;
        }
        if (clientSecret.get().length() < 32) {
            throw new IllegalStateException("fieldline.bootstrap.client-secret must be at least 32 characters");
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> clients.findByClientId(clientId.get())
                .chain(existing -> existing == null ? create() : alignWithConfiguration(existing))));
    }

    private Uni<Void> create() {
        Account account = new Account();
        account.name = "Bootstrap account";
        account.createdAt = Instant.now();
        return account.<Account>persist().chain(saved -> {
            OAuthClient client = new OAuthClient();
            client.accountId = saved.id;
            client.clientId = clientId.get();
            client.secretHash = hasher.hash(clientSecret.get());
            client.scopes = scopes;
            client.grantTypes = GRANT_TYPES;
            client.createdAt = Instant.now();
            Log.infof("Created bootstrap account %d with client %s", saved.id, client.clientId);
            return client.persist();
        }).replaceWithVoid();
    }

    private Uni<Void> alignWithConfiguration(OAuthClient client) {
        if (!hasher.matches(clientSecret.get(), client.secretHash)) {
            client.secretHash = hasher.hash(clientSecret.get());
            Log.infof("Applied the configured secret to bootstrap client %s", client.clientId);
        }
        client.scopes = scopes;
        client.grantTypes = GRANT_TYPES;
        return Uni.createFrom().voidItem();
    }
}
