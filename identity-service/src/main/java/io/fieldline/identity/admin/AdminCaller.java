package io.fieldline.identity.admin;

import io.fieldline.identity.audit.AuditEntry;
import io.fieldline.identity.audit.Origin;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;

/** The operator behind the current admin request, read once at the start of a request for its audit entries. */
@RequestScoped
public class AdminCaller {

    /** The operator's client and where the request came from. */
    record Operator(String clientId, Origin origin) {

        AuditEntry changed(String action, Long accountId, String target, Map<String, Object> details) {
            return AuditEntry.success(action, accountId, clientId, target, origin, details);
        }
    }

    private final JsonWebToken token;
    private final CurrentVertxRequest request;

    public AdminCaller(JsonWebToken token, CurrentVertxRequest request) {
        this.token = token;
        this.request = request;
    }

    Operator operator() {
        return new Operator(token.getClaim("client_id"), Origin.of(request.getCurrent().request()));
    }
}
