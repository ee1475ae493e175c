package io.fieldline.identity.workforce;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LoginUserRepository implements PanacheRepository<LoginUser> {

    /** The one active user of the account with this email; null when there is none, or more than one. */
    public Uni<LoginUser> findActiveByEmail(long accountId, String email) {
        return find("accountId = ?1 and lower(email) = lower(?2) and active = true", accountId, email).page(0, 2).list()
                .map(users -> users.size() == 1 ? users.get(0) : null);
    }
}
