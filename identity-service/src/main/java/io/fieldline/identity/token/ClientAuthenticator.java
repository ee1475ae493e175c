package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.OAuthClientRepository;
import io.fieldline.identity.client.SecretHasher;
import io.fieldline.platform.errors.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Authenticates OAuth clients by id and secret; an unknown client costs the same time as a wrong secret, and repeated
 * failures for one client id are slowed and then locked.
 */
@ApplicationScoped
public class ClientAuthenticator {

    private final OAuthClientRepository clients;
    private final SecretHasher hasher;
    private final LoginThrottle throttle;
    private final String unknownClientHash;

    public ClientAuthenticator(OAuthClientRepository clients, SecretHasher hasher, LoginThrottle throttle) {
        this.clients = clients;
        this.hasher = hasher;
        this.throttle = throttle;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.unknownClientHash = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    /** The client, or an {@code invalid_client} failure. */
    public Uni<OAuthClient> authenticate(ClientCredentials credentials) {
        String subject = LoginThrottle.client(credentials.clientId());
        return throttle.isLocked(subject).chain(locked -> {
            if (locked) {
                throw new ApiException(401, "invalid_client", "Too many failed attempts; try again later");
            }
            return clients.findByClientId(credentials.clientId());
        }).chain(client -> {
            String secret = credentials.clientSecret() == null ? "" : credentials.clientSecret();
            boolean matches = hasher.matches(secret, client == null ? unknownClientHash : client.secretHash);
            if (client == null || !matches || credentials.clientSecret() == null) {
                return throttle.failed(subject).chain(() -> Uni.createFrom().<OAuthClient>failure(OAuthErrors.invalidClient()));
            }
            return Uni.createFrom().item(client);
        });
    }
}
