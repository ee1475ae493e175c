package io.fieldline.identity.integrationkey.service;

import io.fieldline.identity.config.IntegrationKeyConfig;
import io.fieldline.events.RevocationEvent;
import io.fieldline.identity.admin.Operator;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.identity.integrationkey.IntegrationKeys;
import io.fieldline.identity.integrationkey.repository.IntegrationKeyRepository;
import io.fieldline.identity.integrationkey.rest.IntegrationKeyView;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The rules for integration keys of a client: long-lived API keys that the gateway accepts instead of a bearer token,
 * acting as the client with its scopes. A key is shown once, when created, and stored as a keyed hash. Revoking it
 * stops it at the gateway and every service within seconds. Each change is one transaction with its audit entry.
 */
@ApplicationScoped
public class IntegrationKeyService {

    private final Pool pool;
    private final IntegrationKeyRepository keys;
    private final SecretHasher hasher;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Duration keyTokenLifetime;

    public IntegrationKeyService(Pool pool, IntegrationKeyRepository keys, SecretHasher hasher, AuditTrail audit,
                                 Outbox outbox,
                                 IntegrationKeyConfig config) {
        this.pool = pool;
        this.keys = keys;
        this.hasher = hasher;
        this.audit = audit;
        this.outbox = outbox;
        this.keyTokenLifetime = config.tokenLifetime();
    }

    /** A new key of the client, answered once with the key itself; 404 when the client is unknown. */
    public Uni<IntegrationKeyView> create(Operator operator, String clientId, NewIntegrationKey request) {
        String key = IntegrationKeys.generate();
        return pool.withTransaction(transaction -> keys.insert(transaction, clientId, request.name(), hasher.hash(key),
                        IntegrationKeys.visiblePart(key), key)
                .call(created -> audit.record(transaction, operator.changed("integration_key.created",
                        created.accountId(), IntegrationKeys.subject(created.key().id()), Map.of("client_id", clientId,
                                "name", created.key().name(), "key_prefix", created.key().keyPrefix()))))
                .map(IntegrationKeyRepository.Created::key));
    }

    /** Revokes the key and announces it to every verifier; revoking it again changes nothing; 404 if unknown. */
    public Uni<Void> revoke(Operator operator, long id) {
        return pool.withTransaction(transaction -> keys.revoke(transaction, id).chain(revokedIn -> {
            if (revokedIn.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            long accountId = revokedIn.get();
            String subject = IntegrationKeys.subject(id);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            return outbox.record(transaction, new ChangeEvent<>(RevocationEvent.SUBJECT_REVOKED,
                            subject, accountId, RevocationEvent.subject(accountId, subject, now, now.plus(keyTokenLifetime))))
                    .chain(() -> audit.record(transaction, operator.changed("integration_key.revoked", accountId,
                            subject, Map.of())));
        }));
    }

    /** A page of the client's keys; 404 when the client is unknown. */
    public Uni<ListPage<IntegrationKeyView, LimitOffset>> list(Operator operator, String clientId,
                                                               ListRequest<LimitOffset> request) {
        return keys.owner(clientId)
                .chain(owner -> keys.list(operator.actingFor(owner.accountId()), owner.clientRowId(), request));
    }
}
