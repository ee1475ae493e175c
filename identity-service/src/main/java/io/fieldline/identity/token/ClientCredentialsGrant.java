package io.fieldline.identity.token;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;


/** {@code grant_type=client_credentials}: a job source's token for its whole account. */
@ApplicationScoped
public class ClientCredentialsGrant {

    static final String TYPE = "client_credentials";

    private final ClientAuthenticator authenticator;
    private final TokenPairIssuer issuer;

    public ClientCredentialsGrant(ClientAuthenticator authenticator, TokenPairIssuer issuer) {
        this.authenticator = authenticator;
        this.issuer = issuer;
    }

    Uni<IssuedToken> grant(TokenRequest request, String authorization, GrantAudit audit) {
        ClientCredentials credentials = ClientCredentials.required(request.clientId(), request.clientSecret(), authorization);
        return authenticator.authenticate(credentials).chain(client -> {
            if (!client.allowsGrant(TYPE)) {
                throw OAuthErrors.unauthorizedClient(TYPE);
            }
            String scope = Scopes.narrow(client.scopeSet(), request.scope());
            return issuer.issue(client, null, scope, audit);
        });
    }
}
