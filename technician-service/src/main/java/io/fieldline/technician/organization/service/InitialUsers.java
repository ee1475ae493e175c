package io.fieldline.technician.organization.service;

import io.fieldline.events.OrganizationEvent;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.technician.organization.InitialUser;
import io.fieldline.technician.user.rest.UserRules;
import io.fieldline.technician.user.service.NewUser;
import io.fieldline.technician.user.service.UserService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;

/**
 * Creates the initial user of an organization created with {@code create_user: true} (seed: Organizations, "Create an
 * initial user for organization"): roles dispatcher and technician, the organization's email, its name as first name,
 * no password. Written through {@link UserService} like any user, acting within the organization, so its rules and its
 * event hold. At most one per organization: the {@link InitialUser} row is written in the user's transaction, so a
 * redelivered event finds it and creates nothing. An organization whose email an active user of the account already
 * has, that has no email, or that the users' rules refuse otherwise (it was deleted meanwhile), gets no user, and why
 * is logged; the event is consumed all the same, since delivering it again would change nothing.
 */
@ApplicationScoped
public class InitialUsers {

    private static final String SERVICE = "technician-service";

    private final UserService users;

    public InitialUsers(UserService users) {
        this.users = users;
    }

    /** Creates the organization's initial user if the event asks for one and none was created yet. */
    public Uni<Void> createFor(OrganizationEvent organization) {
        if (!organization.createUser() || organization.deleted()) {
            return Uni.createFrom().voidItem();
        }
        if (organization.email() == null || organization.email().isBlank()) {
            Log.warnf("Organization %d asked for an initial user but has no email; none is created", organization.id());
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(() -> InitialUser.<InitialUser>findById(organization.id()))
                .chain(created -> created != null ? Uni.createFrom().voidItem() : create(organization));
    }

    private Uni<Void> create(OrganizationEvent organization) {
        TokenPrincipal withinOrganization = new TokenPrincipal(organization.accountId(), SERVICE, Set.of(),
                Optional.empty(), Optional.of(organization.id()));
        return users.create(withinOrganization, initialUser(organization),
                        user -> InitialUser.of(organization.id(), user.id, user.createdAt).persist().replaceWithVoid())
                .invoke(user -> Log.infof("Created user %d, the initial user of organization %d", user.id,
                        organization.id()))
                .replaceWithVoid()
                .onFailure(InitialUsers::isRefused).recoverWithItem(refusal -> {
                    Log.infof("Organization %d of account %d gets no initial user: %s", organization.id(),
                            organization.accountId(), refusal.getMessage());
                    return null;
                });
    }

    private static NewUser initialUser(OrganizationEvent organization) {
        String name = organization.name() == null || organization.name().isBlank() ? organization.email().strip()
                : organization.name().strip();
        String firstName = name.length() > UserRules.MAX_NAME ? name.substring(0, UserRules.MAX_NAME) : name;
        return new NewUser(organization.id(), firstName, "", true, true, null, organization.email().strip(),
                Optional.empty(), null, null);
    }

    /** A rule of users refused it (such as "Email already exists"), as opposed to a failure worth delivering again. */
    private static boolean isRefused(Throwable failure) {
        return failure instanceof ApiException refused && refused.status() < 500;
    }
}
