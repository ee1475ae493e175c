package io.fieldline.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fieldline.messaging.revocation.Revocations;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies bearer access tokens locally: signature against identity-service's JWKS, issuer, audience, expiry, and not
 * revoked since. Runs on a worker thread, since the key set is fetched (and refetched for an unknown key id) over
 * HTTP, and completes back on the calling request's event loop. A client sends the same token for hours and an ES256
 * verification costs about a millisecond of CPU, so tokens that verified are remembered for a minute; expiry and
 * revocation are still checked on every request.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    /** What a verified token allows, and what its revocation would name. */
    public record VerifiedToken(long accountId, Set<String> scopes, String jti, String subject, String clientId,
                                Instant issuedAt, Instant expiresAt) {
    }

    private final JWTParser parser;
    private final Vertx vertx;
    private final Revocations revocations;
    private final Cache<String, VerifiedToken> verified = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    public AccessTokenVerifier(JWTParser parser, Vertx vertx, Revocations revocations) {
        this.parser = parser;
        this.vertx = vertx;
        this.revocations = revocations;
    }

    /** The verified token, or empty when it is not a valid Fieldline access token; must be called on an event loop. */
    public Future<Optional<VerifiedToken>> verify(String token) {
        VerifiedToken known = verified.getIfPresent(token);
        if (known != null) {
            return Future.succeededFuture(Optional.of(known).filter(this::isStillValid));
        }
        return vertx.executeBlocking(() -> parse(token), false).map(parsed -> {
            parsed.ifPresent(checked -> verified.put(token, checked));
            return parsed.filter(this::isStillValid);
        });
    }

    /** Whether a token verified earlier has neither expired nor been revoked since. */
    public boolean isStillValid(VerifiedToken token) {
        return Instant.now().isBefore(token.expiresAt())
                && !revocations.isRevoked(token.jti(), token.accountId(), token.subject(), token.clientId(), token.issuedAt());
    }

    private Optional<VerifiedToken> parse(String token) {
        try {
            JsonWebToken jwt = parser.parse(token);
            Object account = jwt.getClaim("acct");
            String scope = jwt.getClaim("scope");
            if (account == null || scope == null) {
                return Optional.empty();
            }
            return Optional.of(new VerifiedToken(Long.parseLong(account.toString()), Set.of(scope.trim().split("\\s+")),
                    jwt.getTokenID(), jwt.getSubject(), jwt.getClaim("client_id"),
                    Instant.ofEpochSecond(jwt.getIssuedAtTime()), Instant.ofEpochSecond(jwt.getExpirationTime())));
        } catch (ParseException | NumberFormatException invalid) {
            return Optional.empty();
        }
    }
}
