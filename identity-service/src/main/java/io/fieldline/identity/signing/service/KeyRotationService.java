package io.fieldline.identity.signing.service;

import io.fieldline.identity.admin.Operator;
import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.signing.SigningKeys;
import io.fieldline.identity.signing.rest.KeyView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * An operator's rotation of the signing key: a new key, published at once and signing once every verifier knows it,
 * then its audit entry (of no account: the key signs for every tenant).
 */
@ApplicationScoped
public class KeyRotationService {

    private final SigningKeys keys;
    private final AuditTrail audit;
    private final Pool pool;

    public KeyRotationService(SigningKeys keys, AuditTrail audit, Pool pool) {
        this.keys = keys;
        this.audit = audit;
        this.pool = pool;
    }

    public Uni<KeyView> rotate(Operator operator) {
        return keys.rotate()
                .map(key -> new KeyView(key.kid, key.algorithm, key.activatesAt.truncatedTo(ChronoUnit.SECONDS).toString()))
                .call(key -> audit.record(pool, operator.changed("signing_key.rotated", null, "signing_key:" + key.kid(),
                        Map.of("activates_at", key.activatesAt()))));
    }
}
