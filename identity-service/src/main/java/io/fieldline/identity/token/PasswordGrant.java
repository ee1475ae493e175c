package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.credential.OffEventLoop;
import io.fieldline.identity.credential.PasswordHasher;
import io.fieldline.identity.credential.UserCredential;
import io.fieldline.identity.workforce.LoginUser;
import io.fieldline.identity.workforce.LoginUserRepository;
import io.fieldline.platform.errors.ApiException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * {@code grant_type=password}: a user's token, for one user of one organization, with the user's email as username.
 * RFC 9700 advises against this grant; the API document requires it, so a client may use it only when switched on.
 * An unknown user costs the same hashing time as a wrong password, and both get the same answer; repeated failures
 * for one email are slowed and then locked, whether or not such a user exists.
 */
@ApplicationScoped
public class PasswordGrant {

    static final String TYPE = "password";

    /** What a login attempt found: the client, and the user with its stored hash when there is one. */
    private record Attempt(OAuthClient client, LoginUser user, UserCredential credential) {
    }

    private final ClientAuthenticator authenticator;
    private final LoginUserRepository users;
    private final PasswordHasher hasher;
    private final TokenPairIssuer issuer;
    private final LoginThrottle throttle;

    public PasswordGrant(ClientAuthenticator authenticator, LoginUserRepository users, PasswordHasher hasher,
                         TokenPairIssuer issuer, LoginThrottle throttle) {
        this.authenticator = authenticator;
        this.users = users;
        this.hasher = hasher;
        this.issuer = issuer;
        this.throttle = throttle;
    }

    Uni<IssuedToken> grant(TokenRequest request, String authorization, GrantAudit audit) {
        ClientCredentials credentials = ClientCredentials.required(request.clientId(), request.clientSecret(), authorization);
        if (request.username() == null || request.username().isBlank()) {
            throw OAuthErrors.invalidRequest("username is required");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw OAuthErrors.invalidRequest("password is required");
        }
        return authenticator.authenticate(credentials).chain(client -> {
                    if (!client.allowsGrant(TYPE)) {
                        throw OAuthErrors.unauthorizedClient(TYPE);
                    }
                    return throttle.isLocked(LoginThrottle.user(client.accountId, request.username())).chain(locked -> {
                        if (locked) {
                            throw new ApiException(400, "invalid_grant", "Too many failed attempts; try again later");
                        }
                        return Panache.withSession(() -> findAttempt(client, request.username().trim()));
                    });
                })
                .chain(attempt -> OffEventLoop.run(() -> hasher.verify(request.password(),
                                attempt.credential() == null ? hasher.decoyHash() : attempt.credential().passwordHash))
                        .chain(matches -> {
                            String subject = LoginThrottle.user(attempt.client().accountId, request.username());
                            if (!matches || attempt.user() == null) {
                                return throttle.failed(subject).chain(() -> Uni.createFrom().<Attempt>failure(invalidCredentials()));
                            }
                            return throttle.succeeded(subject).replaceWith(attempt);
                        }))
                .chain(attempt -> rehashIfOutdated(attempt, request.password()))
                .chain(attempt -> issuer.issue(attempt.client(), attempt.user(),
                        Scopes.narrow(Scopes.forUser(attempt.client().scopeSet()), request.scope()), audit));
    }

    private Uni<Attempt> findAttempt(OAuthClient client, String email) {
        return users.findActiveByEmail(client.accountId, email).chain(user -> user == null
                ? Uni.createFrom().item(new Attempt(client, null, null))
                : UserCredential.<UserCredential>findById(user.id).map(credential ->
                        credential != null && credential.accountId == client.accountId
                                ? new Attempt(client, user, credential)
                                : new Attempt(client, null, null)));
    }

    /** Stores a fresh hash when the stored one was made with other Argon2 parameters than configured now. */
    private Uni<Attempt> rehashIfOutdated(Attempt attempt, String password) {
        if (!hasher.needsRehash(attempt.credential().passwordHash)) {
            return Uni.createFrom().item(attempt);
        }
        return OffEventLoop.run(() -> hasher.hash(password)).chain(hash -> Panache.withTransaction(() ->
                UserCredential.update("passwordHash = ?1, updatedAt = ?2 where userId = ?3", hash, Instant.now(),
                        attempt.user().id))).replaceWith(attempt);
    }

    private static ApiException invalidCredentials() {
        return new ApiException(400, "invalid_grant", "Invalid username or password");
    }
}
