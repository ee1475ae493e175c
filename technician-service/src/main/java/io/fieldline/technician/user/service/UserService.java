package io.fieldline.technician.user.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.events.WorkforceUserEvent;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.mapping.UserMapper;
import io.fieldline.technician.user.repository.UserRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The rules for creating and reading workforce users; every change leaves with its event. */
@ApplicationScoped
public class UserService {

    private final UserRepository users;
    private final Outbox outbox;

    public UserService(UserRepository users, Outbox outbox) {
        this.users = users;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<User> create(TokenPrincipal principal, NewUser request) {
        if (principal.organizationId().isPresent() && principal.organizationId().get() != request.organizationId()) {
            new FieldErrors().add("organization_id", "must be your own organization").throwIfAny();
        }
        Uni<Boolean> emailTaken = request.email() == null ? Uni.createFrom().item(false)
                : users.emailInUse(principal.accountId(), request.email());
        return emailTaken.chain(taken -> {
            if (taken) {
                new FieldErrors().add("email", "is already used by another active user").throwIfAny();
            }
            User user = newUser(principal.accountId(), request);
            return users.persist(user)
                    .call(saved -> outbox.record(new ChangeEvent(WorkforceUserEvent.TOPIC, WorkforceUserEvent.CREATED,
                            String.valueOf(saved.id), saved.accountId, UserMapper.toEvent(saved))));
        });
    }

    @WithSession
    public Uni<User> get(TokenPrincipal principal, long id) {
        return users.findVisible(principal, id).onItem().ifNull().failWith(() -> ApiException.notFound("User"));
    }

    private static User newUser(long accountId, NewUser request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        User user = new User();
        user.accountId = accountId;
        user.organizationId = request.organizationId();
        user.firstName = request.firstName();
        user.lastName = request.lastName();
        user.dispatcher = request.dispatcher();
        user.technician = request.technician();
        user.phoneNumber = request.phoneNumber();
        user.email = request.email();
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }
}
