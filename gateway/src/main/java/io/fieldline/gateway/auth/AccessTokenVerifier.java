package io.fieldline.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer access tokens locally: signature against identity-service's JWKS, issuer, audience, expiry. Runs on a
 * worker thread, since the key set is fetched (and refetched for an unknown key id) over HTTP, and completes back on
 * the calling request's event loop.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    /** What a verified token allows. */
    public record VerifiedToken(long accountId, Set<String> scopes) {
    }

    private final JWTParser parser;
    private final Vertx vertx;

    public AccessTokenVerifier(JWTParser parser, Vertx vertx) {
        this.parser = parser;
        this.vertx = vertx;
    }

    /** The verified token, or empty when it is not a valid Fieldline access token; must be called on an event loop. */
    public Future<Optional<VerifiedToken>> verify(String token) {
        return vertx.executeBlocking(() -> parse(token), false);
    }

    private Optional<VerifiedToken> parse(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            Object account = jwt.getClaim("acct");
            String scope = jwt.getClaim("scope");
            if (account == null || scope == null) {
                return Optional.empty();
            }
            return Optional.of(new VerifiedToken(Long.parseLong(account.toString()), Set.of(scope.trim().split("\\s+"))));
        } catch (ParseException | NumberFormatException invalid) {
            return Optional.empty();
        }
    }
}
