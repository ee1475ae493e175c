package io.fieldline.identity.admin;

import io.fieldline.identity.audit.AuditTrail;
import io.fieldline.identity.signing.SigningKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/** {@code POST /admin/keys/rotate}: a new signing key, published at once and signing once every verifier knows it. */
@Path("/admin/keys/rotate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SigningKeysResource {

    private final SigningKeys keys;
    private final AdminCaller caller;
    private final AuditTrail audit;
    private final Pool pool;

    public SigningKeysResource(SigningKeys keys, AdminCaller caller, AuditTrail audit, Pool pool) {
        this.keys = keys;
        this.caller = caller;
        this.audit = audit;
        this.pool = pool;
    }

    @POST
    public Uni<AdminViews.KeyEnvelope> rotate() {
        AdminCaller.Operator operator = caller.operator();
        return keys.rotate()
                .map(key -> new AdminViews.Key(key.kid, key.algorithm, key.activatesAt.truncatedTo(ChronoUnit.SECONDS).toString()))
                .call(key -> audit.record(pool, operator.changed("signing_key.rotated", null, "signing_key:" + key.kid(),
                        Map.of("activates_at", key.activatesAt()))))
                .map(AdminViews.KeyEnvelope::new);
    }
}
