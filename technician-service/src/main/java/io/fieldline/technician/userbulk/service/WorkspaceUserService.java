package io.fieldline.technician.userbulk.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.repository.UserRepository;
import io.fieldline.technician.user.rest.UpdateUserRequest;
import io.fieldline.technician.user.service.ActiveUserConflicts;
import io.fieldline.technician.user.service.UserService;
import io.fieldline.technician.userbulk.WorkspaceUser;
import io.fieldline.technician.userbulk.mapping.UserChanges;
import io.fieldline.technician.userbulk.mapping.UserProperties;
import io.fieldline.technician.userbulk.mapping.WorkspaceUserMapper;
import io.fieldline.technician.userbulk.repository.WorkspaceUserRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The users bulk API's writes over the one user model. Each user is written in one transaction of its own: its own
 * properties and, through {@link UserService} (its rules, version, outbox event and hand-over of login facts), the
 * user itself, so a bad user of a bulk request fails alone and changes nothing. A user is found by its external id
 * (seed: "Updating Records using the ExternalID"); one without is always created.
 */
@ApplicationScoped
public class WorkspaceUserService {

    private static final String EXTERNAL_ID_INDEX = "workspace_user_external_id";

    private final UserService users;
    private final UserRepository userRepository;
    private final WorkspaceUserRepository workspaceUsers;

    public WorkspaceUserService(UserService users, UserRepository userRepository, WorkspaceUserRepository workspaceUsers) {
        this.users = users;
        this.userRepository = userRepository;
        this.workspaceUsers = workspaceUsers;
    }

    /**
     * Creates the user, or updates the one with its external id (restoring it when archived, seed: "can be restored").
     * A create lacking a required property is a 422; a {@code LastUpdated} older than the stored one a 409 (seed:
     * "Diff Updates using the Last Updated Field"); a taken email or phone number a 409. When two requests create one
     * external id at once, the one that loses the race updates what the other created.
     */
    public Uni<Upserted> upsert(TokenPrincipal principal, UserChanges changes) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> upsertNow(principal, changes)))
                .onFailure(WorkspaceUserService::externalIdTaken).retry().atMost(1)
                .onFailure().transform(ActiveUserConflicts::fromDatabase);
    }

    /**
     * Archives the user with this external id (seed: "moved to the archived objects collection"): it is deactivated,
     * can no longer log in, and is no longer found by its external id until a POST with it restores it.
     */
    public Uni<User> archive(TokenPrincipal principal, String externalId) {
        return Panache.withTransaction(() -> workspaceUsers.lockByExternalId(principal.accountId(), externalId)
                .chain(own -> own == null || own.isArchived() ? Uni.createFrom().failure(ApiException.notFound("User"))
                        : lockVisible(principal, own).chain(user -> {
                            own.archivedAt = now();
                            own.updatedAt = own.archivedAt;
                            return users.deactivate(principal, user.id);
                        })));
    }

    private Uni<Upserted> upsertNow(TokenPrincipal principal, UserChanges changes) {
        if (changes.externalId().isEmpty()) {
            return create(principal, changes);
        }
        return workspaceUsers.lockByExternalId(principal.accountId(), changes.externalId().get())
                .chain(own -> own == null ? create(principal, changes) : update(principal, own, changes));
    }

    private Uni<Upserted> create(TokenPrincipal principal, UserChanges changes) {
        List<String> missing = changes.missingToCreate();
        if (!missing.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            missing.forEach(property -> errors.add(property, "is required to create a user"));
            errors.throwIfAny();
        }
        return organizationOf(principal, changes)
                .chain(organization -> users.create(principal, WorkspaceUserMapper.toNewUser(changes, organization)))
                .chain(user -> {
                    WorkspaceUser own = new WorkspaceUser();
                    own.userId = user.id;
                    own.accountId = user.accountId;
                    WorkspaceUserMapper.apply(changes, own);
                    checkDataBound(own);
                    own.updatedAt = user.updatedAt;
                    Uni<User> enabled = changes.enabled().get() ? Uni.createFrom().item(user)
                            : users.deactivate(principal, user.id);
                    return workspaceUsers.persist(own).chain(() -> enabled)
                            .map(written -> new Upserted(written, own, true));
                });
    }

    private Uni<Upserted> update(TokenPrincipal principal, WorkspaceUser own, UserChanges changes) {
        return lockVisible(principal, own).chain(user -> {
            Instant stored = WorkspaceUserMapper.lastUpdated(user, own);
            if (changes.lastUpdated().isPresent() && changes.lastUpdated().get().isBefore(stored)) {
                throw new ApiException(409, "conflict", "The user changed at " + stored + ", after the LastUpdated sent ("
                        + changes.lastUpdated().get() + "); read it again and send the changes with its LastUpdated",
                        Map.of("LastUpdated", List.of("is older than the stored " + stored)));
            }
            boolean restoring = own.isArchived();
            if (WorkspaceUserMapper.apply(changes, own) || restoring) {
                checkDataBound(own);
                own.archivedAt = null;
                own.updatedAt = now();
            }
            UpdateUserRequest userChanges = WorkspaceUserMapper.toUserChanges(changes);
            Uni<User> updated = WorkspaceUserMapper.changesUser(userChanges) ? users.update(principal, user.id, userChanges)
                    : Uni.createFrom().item(user);
            boolean enable = changes.enabled().isPresent() ? changes.enabled().get() : restoring || user.isActive();
            return updated.chain(written -> enable == written.isActive() ? Uni.createFrom().item(written)
                            : enable ? users.restore(principal, written.id) : users.deactivate(principal, written.id))
                    .map(written -> new Upserted(written, own, false));
        });
    }

    /** The user, locked until the transaction ends, if the principal may see it (a user token: its organization). */
    private Uni<User> lockVisible(TokenPrincipal principal, WorkspaceUser own) {
        return userRepository.findById(own.userId, LockModeType.PESSIMISTIC_WRITE).map(user -> {
            if (user == null || principal.organizationId().isPresent()
                    && principal.organizationId().get() != user.organizationId) {
                throw ApiException.notFound("User");
            }
            return user;
        });
    }

    /**
     * The organization a new user joins: the one it names (our extension), else a user token's own, else the
     * organization of the account's first user.
     */
    private Uni<Long> organizationOf(TokenPrincipal principal, UserChanges changes) {
        if (changes.organizationId().isPresent()) {
            return Uni.createFrom().item(changes.organizationId().get());
        }
        if (principal.organizationId().isPresent()) {
            return Uni.createFrom().item(principal.organizationId().get());
        }
        return userRepository.firstOrganization(principal.accountId()).map(organization -> {
            if (organization == null) {
                new FieldErrors().add("OrganizationId", "is required while the account has no user in any organization")
                        .throwIfAny();
            }
            return organization;
        });
    }

    private static void checkDataBound(WorkspaceUser own) {
        if (own.data.size() > UserProperties.MAX_DATA_FIELDS) {
            new FieldErrors().add("Data", "must hold at most " + UserProperties.MAX_DATA_FIELDS + " fields in all")
                    .throwIfAny();
        }
    }

    private static boolean externalIdTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(EXTERNAL_ID_INDEX)) {
                return true;
            }
        }
        return false;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
