package io.fieldline.technician.userbulk.repository;

import io.fieldline.technician.userbulk.WorkspaceUser;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** The users bulk API's own properties of users, by account and external id. */
@ApplicationScoped
public class WorkspaceUserRepository implements PanacheRepositoryBase<WorkspaceUser, Long> {

    /**
     * The account's user with this external id, archived or not, locked until the transaction ends, so that two
     * requests for one external id change it one after the other; {@code null} when there is none.
     */
    public Uni<WorkspaceUser> lockByExternalId(long accountId, String externalId) {
        return find("accountId = ?1 and externalId = ?2", accountId, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
