package io.fieldline.technician.user.repository;

import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.technician.user.User;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    /** The user if the principal may see it: same account, and for a user token the same organization. */
    public Uni<User> findVisible(TokenPrincipal principal, long id) {
        if (principal.organizationId().isPresent()) {
            return find("id = ?1 and accountId = ?2 and organizationId = ?3", id, principal.accountId(),
                    principal.organizationId().get()).firstResult();
        }
        return find("id = ?1 and accountId = ?2", id, principal.accountId()).firstResult();
    }

    /** A new user id from the table's own sequence; never handed out twice, even when its user is never written. */
    public Uni<Long> nextId() {
        return getSession().chain(session -> session
                .createNativeQuery("SELECT nextval('workforce_user_id_seq')", Long.class).getSingleResult());
    }

    /** Whether an active user of the account other than {@code exceptUserId} already logs in with this email. */
    public Uni<Boolean> emailInUse(long accountId, String email, Long exceptUserId) {
        return count("accountId = ?1 and lower(email) = lower(?2) and deactivatedAt is null and id <> ?3",
                accountId, email, exceptUserId == null ? -1L : exceptUserId).map(count -> count > 0);
    }

    /** Whether an active user of the account other than {@code exceptUserId} already has this E.164 phone number. */
    public Uni<Boolean> phoneInUse(long accountId, String phoneNumber, Long exceptUserId) {
        return count("accountId = ?1 and phoneNumber = ?2 and deactivatedAt is null and id <> ?3",
                accountId, phoneNumber, exceptUserId == null ? -1L : exceptUserId).map(count -> count > 0);
    }

    /**
     * The technician of the principal's account (and organization, for a user token) who logs in with this email,
     * in any case: the active one, else the one deactivated last; {@code null} when there is none.
     */
    public Uni<User> findTechnicianByEmail(TokenPrincipal principal, String email) {
        String query = "accountId = ?1 and lower(email) = lower(?2) and technician = true"
                + (principal.organizationId().isPresent() ? " and organizationId = ?3" : "")
                + " order by case when deactivatedAt is null then 0 else 1 end, deactivatedAt desc, id desc";
        return principal.organizationId().isPresent()
                ? find(query, principal.accountId(), email, principal.organizationId().get()).firstResult()
                : find(query, principal.accountId(), email).firstResult();
    }

    /** The organization of the account's first user, if the account has any user. */
    public Uni<Long> firstOrganization(long accountId) {
        return find("accountId = ?1 order by id", accountId).firstResult()
                .map(user -> user == null ? null : user.organizationId);
    }
}
