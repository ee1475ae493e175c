package io.fieldline.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer access tokens locally: signature against identity-service's JWKS, issuer, audience, expiry. Runs off
 * the event loop, since the key set is fetched (and refetched for an unknown key id) over HTTP.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    /** What a verified token allows. */
    public record VerifiedToken(long accountId, Set<String> scopes) {
    }

    private final JWTParser parser;

    public AccessTokenVerifier(JWTParser parser) {
        this.parser = parser;
    }

    /** The verified token, or empty when it is not a valid Fieldline access token. */
    public Uni<Optional<VerifiedToken>> verify(String token) {
        return Uni.createFrom().item(() -> parse(token)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
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
