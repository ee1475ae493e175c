package io.fieldline.technician.user.client;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.platform.errors.ApiException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;

/**
 * Hands a user's password to identity-service, the only service that keeps credentials. Setting a password is
 * idempotent, so a failed call is retried briefly; if identity-service stays unreachable the caller's change fails
 * as a whole. Tells identity-service at once who may log in, ahead of the user's event.
 */
@ApplicationScoped
public class CredentialsClient {

    private final IdentityCredentialsApi identity;

    public CredentialsClient(@RestClient IdentityCredentialsApi identity) {
        this.identity = identity;
    }

    public Uni<Void> setPassword(long accountId, long userId, String password) {
        return identity.setPassword(userId, new IdentityCredentialsApi.SetPassword(accountId, password))
                .onFailure().retry().withBackOff(Duration.ofMillis(100)).atMost(2)
                .onFailure().transform(failure -> {
                    Log.errorf(failure, "Could not store the password of user %d in identity-service", userId);
                    return new ApiException(503, "service_unavailable",
                            "The password could not be stored right now; nothing was changed, please retry");
                });
    }

    /**
     * Hands identity-service a just-committed user's login facts, so that a password grant right after the 201
     * succeeds. The user's event carries the same facts a moment later, so a failure here only delays the first
     * login until then, and is logged rather than failing a change that has committed.
     */
    public Uni<Void> learnLogin(WorkforceUserEvent user) {
        return identity.learnLogin(user.id(), user)
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf(failure, "identity-service learns user %d from its event instead", user.id());
                    return null;
                });
    }
}
