package io.fieldline.identity.client;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OAuthClientRepository implements PanacheRepository<OAuthClient> {

    public Uni<OAuthClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResult();
    }
}
