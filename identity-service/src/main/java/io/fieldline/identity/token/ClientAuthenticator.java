package io.fieldline.identity.token;

import io.fieldline.identity.client.OAuthClient;
import io.fieldline.identity.client.OAuthClientRepository;
import io.fieldline.identity.client.SecretHasher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.Base64;

/** Authenticates OAuth clients by id and secret; an unknown client costs the same time as a wrong secret. */
@ApplicationScoped
public class ClientAuthenticator {

    private final OAuthClientRepository clients;
    private final SecretHasher hasher;
    private final String unknownClientHash;

    public ClientAuthenticator(OAuthClientRepository clients, SecretHasher hasher) {
        this.clients = clients;
        this.hasher = hasher;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.unknownClientHash = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    /** The client, or an {@code invalid_client} failure. */
    public Uni<OAuthClient> authenticate(ClientCredentials credentials) {
        return clients.findByClientId(credentials.clientId()).map(client -> {
            String secret = credentials.clientSecret() == null ? "" : credentials.clientSecret();
            boolean matches = hasher.matches(secret, client == null ? unknownClientHash : client.secretHash);
            if (client == null || !matches || credentials.clientSecret() == null) {
                throw OAuthErrors.invalidClient();
            }
            return client;
        });
    }
}
