package io.fieldline.identity.account.service;

import io.fieldline.identity.account.repository.AccountRepository;
import io.fieldline.identity.account.rest.AccountView;
import io.fieldline.identity.admin.Operator;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.ClientRevocations;
import io.fieldline.identity.token.ClientAuthenticator;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * The rules for accounts (tenants), each change in one transaction with its audit entry. Disabling an account stops its
 * clients and integration keys from getting tokens and revokes every token already issued in it; enabling it again
 * lets its clients ask for new ones.
 */
@ApplicationScoped
public class AccountService {

    private final Pool pool;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final ClientRevocations revocations;
    private final ClientAuthenticator authenticator;

    public AccountService(Pool pool, AccountRepository accounts, AuditTrail audit, ClientRevocations revocations,
                          ClientAuthenticator authenticator) {
        this.pool = pool;
        this.accounts = accounts;
        this.audit = audit;
        this.revocations = revocations;
        this.authenticator = authenticator;
    }

    public Uni<AccountView> create(Operator operator, NewAccount request) {
        return pool.withTransaction(transaction -> accounts.insert(transaction, request.name())
                .call(account -> audit.record(transaction, operator.changed("account.created", account.id(),
                        "account:" + account.id(), Map.of("name", account.name())))));
    }

    /** Applies the changes (a body naming no field changes nothing, as on {@code /v3/users}); 404 when there is no such account. */
    public Uni<AccountView> update(Operator operator, long id, AccountChanges changes) {
        if (changes.isEmpty()) {
            return accounts.find(id);
        }
        return pool.withTransaction(transaction -> accounts.update(transaction, id, changes.name().orElse(null),
                                changes.disabled().orElse(null))
                        .call(updated -> updated.newlyDisabled() ? revocations.revokeAccount(transaction, id)
                                : Uni.createFrom().voidItem())
                        .call(() -> audit.record(transaction, operator.changed("account.updated", id,
                                "account:" + id, changes.audited())))
                        .map(AccountRepository.Updated::account))
                .invoke(authenticator::forgetAll);
    }

    public Uni<AccountView> get(long id) {
        return accounts.find(id);
    }

    public Uni<ListPage<AccountView, LimitOffset>> list(ListRequest<LimitOffset> request) {
        return accounts.list(request);
    }
}
