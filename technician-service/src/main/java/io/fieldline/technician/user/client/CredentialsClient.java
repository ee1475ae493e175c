package io.fieldline.technician.user.client;

import io.fieldline.platform.errors.ApiException;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;

/**
 * Hands a user's password to identity-service, the only service that keeps credentials. Setting a password is
 * idempotent, so a failed call is retried briefly; if identity-service stays unreachable the caller's change fails
 * as a whole.
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
}
