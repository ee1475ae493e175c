package io.fieldline.identity.admin;

import io.fieldline.identity.audit.Origin;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The operator behind the current admin request, read once at the start of a request for its audit entries. */
@RequestScoped
public class AdminCaller {

    private final JsonWebToken token;
    private final CurrentVertxRequest request;

    public AdminCaller(JsonWebToken token, CurrentVertxRequest request) {
        this.token = token;
        this.request = request;
    }

    public Operator operator() {
        return new Operator(token.getClaim("client_id"), accountOf(token.getClaim("acct")),
                Origin.of(request.getCurrent().request()));
    }

    /** The {@code acct} claim, a JSON number in the tokens identity-service signs. */
    private static long accountOf(Object claim) {
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        if (claim instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("an admin token without an account: " + claim);
    }
}
