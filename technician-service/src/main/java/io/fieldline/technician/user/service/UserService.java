package io.fieldline.technician.user.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.events.EventType;
import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;
import io.fieldline.technician.organization.service.OrganizationAccess;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.client.CredentialsClient;
import io.fieldline.technician.user.mapping.UserMapper;
import io.fieldline.technician.user.repository.UserRepository;
import io.fieldline.technician.user.rest.UpdateUserRequest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules for workforce users. Every change grows the user's version and leaves with its event in the same
 * transaction. A password goes to identity-service after the request is checked and before that transaction opens,
 * so a slow identity-service holds no database connection, and a failure there changes nothing: a new user's id is
 * reserved first and its password stored for that id, and only then is the user written. Should that write fail, the
 * stored password belongs to an id no user will ever have, and nobody can log in with it (identity-service lets a
 * user log in only once it learned the user, from its event or from the hand-over after the commit). Where a user may
 * be written, by organization, {@link OrganizationAccess} decides first, outside any transaction, as it may ask
 * job-service.
 */
@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final Outbox outbox;
    private final CredentialsClient credentials;
    private final OrganizationAccess organizations;

    public UserService(UserRepository users, Outbox outbox, CredentialsClient credentials,
                       OrganizationAccess organizations) {
        this.users = users;
        this.outbox = outbox;
        this.credentials = credentials;
        this.organizations = organizations;
    }

    /** Creates the user: a 422 for an organization that cannot take it, a 403, a 409 for a taken email or phone. */
    public Uni<User> create(TokenPrincipal principal, NewUser request) {
        return create(principal, request, user -> Uni.createFrom().voidItem());
    }

    /** Creates the user as {@link #create(TokenPrincipal, NewUser)} does, and writes {@code alongside} in its transaction. */
    public Uni<User> create(TokenPrincipal principal, NewUser request, Function<User, Uni<Void>> alongside) {
        requireOwnOrganization(principal, request.organizationId());
        long accountId = principal.accountId();
        return organizations.requireJoinable(principal, request.organizationId())
                .chain(() -> Panache.withSession(() -> requireFree(accountId, request.email(), request.phoneNumber(), null)
                        .chain(users::nextId)))
                .call(id -> setPassword(accountId, id, request.password()))
                .chain(id -> Panache.withTransaction(() -> requireFree(accountId, request.email(), request.phoneNumber(), null)
                        .chain(() -> users.persist(newUser(id, accountId, request)))
                        .call(saved -> record(saved, WorkforceUserEvent.CREATED))
                        .call(saved -> alongside.apply(saved)))
                        .onFailure().transform(ActiveUserConflicts::fromDatabase))
                .call(saved -> request.password().isEmpty() ? Uni.createFrom().voidItem()
                        : handOverLogin(saved));
    }

    @WithSession
    public Uni<User> get(TokenPrincipal principal, long id) {
        return visible(principal, id);
    }

    /** Applies the changes: 404 for a user the principal cannot see, 422, 403 or 409 as for a new user. */
    public Uni<User> update(TokenPrincipal principal, long id, UpdateUserRequest changes) {
        Optional<Long> organization = Patch.value(changes.organizationId());
        organization.ifPresent(moveTo -> requireOwnOrganization(principal, moveTo));
        Optional<String> password = Patch.value(changes.password());
        Uni<Void> checkedFirst = Panache.withSession(() -> changeable(principal, id, changes))
                .call(user -> organizations.requireUsersWritable(principal, user.organizationId))
                .call(user -> organization.isEmpty() || organization.get() == user.organizationId
                        ? Uni.createFrom().voidItem() : organizations.requireJoinable(principal, organization.get()))
                .chain(user -> setPassword(user.accountId, user.id, password));
        return checkedFirst.chain(() -> Panache.withTransaction(() -> changeable(principal, id, changes).call(user ->
                UserMapper.applyChanges(changes, user) ? changed(user, WorkforceUserEvent.UPDATED)
                        : Uni.createFrom().voidItem())))
                .onFailure().transform(ActiveUserConflicts::fromDatabase).call(this::handOverLogin);
    }

    /**
     * Soft delete: the user can no longer log in, from the moment this answers, and its history stays. Deactivating
     * twice changes nothing.
     */
    public Uni<User> deactivate(TokenPrincipal principal, long id) {
        return requireWritable(principal, id).chain(() -> Panache.withTransaction(() -> visible(principal, id).call(user -> {
            if (!user.isActive()) {
                return Uni.createFrom().voidItem();
            }
            user.deactivatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return changed(user, WorkforceUserEvent.DEACTIVATED);
        }))).call(this::handOverLogin);
    }

    /**
     * Reactivates a deactivated user, unless another active user took its email or phone number meanwhile (a 409); it
     * can log in at once.
     */
    public Uni<User> restore(TokenPrincipal principal, long id) {
        return requireWritable(principal, id).chain(() -> Panache.withTransaction(() -> visible(principal, id).call(user -> {
            if (user.isActive()) {
                return Uni.createFrom().voidItem();
            }
            return requireFree(user.accountId, user.email, user.phoneNumber, user.id).chain(() -> {
                user.deactivatedAt = null;
                return changed(user, WorkforceUserEvent.RESTORED);
            });
        }))).onFailure().transform(ActiveUserConflicts::fromDatabase).call(this::handOverLogin);
    }

    /**
     * Hands a committed user's login facts to identity-service, so that a login right after this request sees the
     * change; the user's event carries the same facts moments later, and identity-service applies whichever is newer.
     */
    private Uni<Void> handOverLogin(User user) {
        return credentials.learnLogin(UserMapper.toEvent(user));
    }

    /**
     * The user, if the principal may see it and the changes keep its email and phone number unique among the
     * account's active users.
     */
    private Uni<User> changeable(TokenPrincipal principal, long id, UpdateUserRequest changes) {
        return visible(principal, id).call(user -> user.isActive()
                ? requireFree(user.accountId, Patch.value(changes.email()).map(UserMapper::blankToNull).orElse(null),
                        Patch.value(changes.phoneNumber()).map(UserMapper::phone).orElse(null), user.id)
                : Uni.createFrom().voidItem());
    }

    /** Succeeds when the principal sees the user (else a 404) and may write the users of its organization (else a 403). */
    private Uni<Void> requireWritable(TokenPrincipal principal, long id) {
        return Panache.withSession(() -> visible(principal, id))
                .chain(user -> organizations.requireUsersWritable(principal, user.organizationId));
    }

    private Uni<User> visible(TokenPrincipal principal, long id) {
        return users.findVisible(principal, id).onItem().ifNull().failWith(() -> ApiException.notFound("User"));
    }

    private Uni<Void> changed(User user, EventType<WorkforceUserEvent> eventType) {
        user.version++;
        user.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return record(user, eventType);
    }

    private Uni<Void> record(User user, EventType<WorkforceUserEvent> eventType) {
        return outbox.record(new ChangeEvent<>(eventType, String.valueOf(user.id), user.accountId,
                UserMapper.toEvent(user)));
    }

    private Uni<Void> setPassword(long accountId, long userId, Optional<String> password) {
        return password.isEmpty() ? Uni.createFrom().voidItem()
                : credentials.setPassword(accountId, userId, password.get());
    }

    /** A user token manages only its own organization. */
    private static void requireOwnOrganization(TokenPrincipal principal, long organizationId) {
        if (principal.organizationId().isPresent() && principal.organizationId().get() != organizationId) {
            new FieldErrors().add("organization_id", "must be your own organization").throwIfAny();
        }
    }

    /** An email is the login of one active user of an account, and a phone number is one active user's. */
    private Uni<Void> requireFree(long accountId, String email, String phoneNumber, Long exceptUserId) {
        Uni<Void> emailFree = email == null ? Uni.createFrom().voidItem()
                : users.emailInUse(accountId, email, exceptUserId).invoke(taken -> {
                    if (taken) {
                        throw ActiveUserConflicts.emailTaken();
                    }
                }).replaceWithVoid();
        return phoneNumber == null ? emailFree : emailFree.chain(() -> users.phoneInUse(accountId, phoneNumber, exceptUserId))
                .invoke(taken -> {
                    if (taken) {
                        throw ActiveUserConflicts.phoneTaken();
                    }
                }).replaceWithVoid();
    }

    private static User newUser(long id, long accountId, NewUser request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        User user = new User();
        user.id = id;
        user.accountId = accountId;
        user.organizationId = request.organizationId();
        user.firstName = request.firstName();
        user.lastName = request.lastName();
        user.dispatcher = request.dispatcher();
        user.technician = request.technician();
        user.phoneNumber = request.phoneNumber();
        user.email = request.email();
        user.language = request.language();
        user.timezone = request.timezone();
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }
}
