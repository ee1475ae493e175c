package io.fieldline.identity.admin;

import io.fieldline.identity.audit.Origin;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
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
        return new Operator(token.getClaim("client_id"), Origin.of(request.getCurrent().request()));
    }
}
