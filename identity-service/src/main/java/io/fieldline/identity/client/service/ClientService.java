package io.fieldline.identity.client.service;

import io.fieldline.identity.config.BootstrapConfig;
import io.fieldline.identity.account.repository.AccountRepository;
import io.fieldline.identity.admin.Operator;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.ClientRevocations;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.client.repository.ClientAdminRepository;
import io.fieldline.identity.client.rest.ClientView;
import io.fieldline.identity.token.ClientAuthenticator;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules for the OAuth clients of an account, each change in one transaction with its audit entry. Disabling a
 * client, or taking scopes away from it, revokes every token issued through it. The bootstrap client follows
 * configuration and cannot be changed here.
 */
@ApplicationScoped
public class ClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pool pool;
    private final ClientAdminRepository clients;
    private final AccountRepository accounts;
    private final SecretHasher hasher;
    private final AuditTrail audit;
    private final ClientRevocations revocations;
    private final ClientAuthenticator authenticator;
    private final Optional<String> bootstrapClientId;

    public ClientService(Pool pool, ClientAdminRepository clients, AccountRepository accounts, SecretHasher hasher,
                         AuditTrail audit, ClientRevocations revocations, ClientAuthenticator authenticator,
                         BootstrapConfig bootstrap) {
        this.pool = pool;
        this.clients = clients;
        this.accounts = accounts;
        this.hasher = hasher;
        this.audit = audit;
        this.revocations = revocations;
        this.authenticator = authenticator;
        this.bootstrapClientId = bootstrap.clientId();
    }

    /**
     * A new client of the account, answered once with its secret; 404 when there is no such account; 422 on
     * {@code scopes} when the admin scope is asked for a client outside the operator's own account.
     */
    public Uni<ClientView> create(Operator operator, long accountId, NewClient request) {
        requireAdminScopeAllowed(operator, accountId, request.scopes());
        String secret = request.chosenSecret().orElseGet(ClientService::randomSecret);
        String clientId = "client-" + HexFormat.of().formatHex(randomBytes(12));
        return pool.withTransaction(transaction -> clients.insert(transaction, accountId, clientId, hasher.hash(secret),
                        request.scopes(), request.grantTypes(), secret)
                .call(client -> audit.record(transaction, operator.changed("client.created", accountId,
                        "client:" + clientId, Map.of("scopes", client.scopes(), "grant_types", client.grantTypes(),
                                "secret_chosen_by_operator", request.chosenSecret().isPresent())))));
    }

    /**
     * Applies the changes, revoking what was issued if the client lost scopes or was disabled; 404 if unknown. The
     * bootstrap client follows configuration ({@code fieldline.bootstrap.*}): changing it is a 422 on {@code client_id}.
     * A body naming no field changes nothing, as on {@code /v3/users}. The admin scope is granted only to clients of
     * the operator's own account (422 on {@code scopes}).
     */
    public Uni<ClientView> update(Operator operator, String clientId, ClientChanges changes) {
        if (changes.isEmpty()) {
            return clients.find(clientId);
        }
        if (bootstrapClientId.filter(clientId::equals).isPresent()) {
            new FieldErrors().add("client_id", "is the bootstrap client, which follows configuration "
                    + "(fieldline.bootstrap.*); change it there").throwIfAny();
        }
        if (changes.scopes().filter(scopes -> scopes.contains(Operator.SCOPE)).isPresent()) {
            return clients.find(clientId)
                    .invoke(client -> requireAdminScopeAllowed(operator, client.accountId(), changes.scopes().get()))
                    .chain(() -> applied(operator, clientId, changes));
        }
        return applied(operator, clientId, changes);
    }

    /** The admin scope acts across accounts: only the operator's own account may have clients holding it. */
    private static void requireAdminScopeAllowed(Operator operator, long accountId, List<String> scopes) {
        if (scopes.contains(Operator.SCOPE) && !operator.mayGrantAdminTo(accountId)) {
            new FieldErrors().add("scopes", "may hold " + Operator.SCOPE + " only for a client of the operators'"
                    + " account (" + operator.accountId() + "): it acts across every account").throwIfAny();
        }
    }

    private Uni<ClientView> applied(Operator operator, String clientId, ClientChanges changes) {
        return pool.withTransaction(transaction -> clients.update(transaction, clientId, changes.scopes().orElse(null),
                                changes.grantTypes().orElse(null), changes.disabled().orElse(null))
                        .chain(updated -> {
                            ClientView client = updated.client();
                            boolean revoke = updated.newlyDisabled() || !client.scopes().containsAll(updated.oldScopes());
                            Map<String, Object> audited = changes.audited();
                            audited.put("tokens_revoked", revoke);
                            return (revoke ? revocations.revokeClient(transaction, client.accountId(), updated.rowId(), clientId)
                                    : Uni.createFrom().voidItem())
                                    .chain(() -> audit.record(transaction, operator.changed("client.updated",
                                            client.accountId(), "client:" + clientId, audited)))
                                    .replaceWith(client);
                        }))
                .invoke(() -> authenticator.forget(clientId));
    }

    public Uni<ClientView> get(String clientId) {
        return clients.find(clientId);
    }

    /** A page of the account's clients; 404 when there is no such account. */
    public Uni<ListPage<ClientView, LimitOffset>> list(Operator operator, long accountId, ListRequest<LimitOffset> request) {
        return accounts.find(accountId).chain(() -> clients.list(operator.actingFor(accountId), request));
    }

    /** 256 random bits: safe to store under a fast keyed hash. */
    private static String randomSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
