package io.fieldline.technician.tech.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.technician.tech.mapping.TechnicianMapper;
import io.fieldline.technician.tech.rest.StatusRequest;
import io.fieldline.technician.tech.rest.TechResult.ItemResult;
import io.fieldline.technician.tech.rest.TechnicianRequest;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.repository.UserRepository;
import io.fieldline.technician.user.service.UserService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The technician management API over the one user model: every write goes through {@link UserService} (its rules, its
 * outbox event, its hand-over of login facts to identity-service), so a technician created here is at once a user of
 * {@code /v3/users} and a technician of {@code /api/v1/technicians}.
 */
@ApplicationScoped
public class TechnicianManagement {

    /** The most technicians one bulk request may create, so that one request stays bounded in time and memory. */
    public static final int MAX_BULK = 1000;

    private final UserService users;
    private final UserRepository repository;

    public TechnicianManagement(UserService users, UserRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    /** Creates one technician; a broken rule is a 400, a taken email a 409 "Email already exists". */
    public Uni<User> create(TokenPrincipal principal, TechnicianRequest technician) {
        TechnicianRules.check(technician);
        return organizationOf(principal, technician)
                .chain(organization -> users.create(principal, TechnicianMapper.toNewUser(technician, organization)));
    }

    /**
     * Creates each technician on its own, one after the other, each in a transaction of its own, so that a bad item
     * fails alone with its reason and the others are created (issue 11). The results are keyed by email as sent, or by
     * the item's JSON Pointer (RFC 6901, such as {@code /2}) when it has none. An email given by more than one item
     * (in any case) would key two results as one, so all of those items fail and none of them is created.
     */
    public Uni<Map<String, ItemResult>> createAll(TokenPrincipal principal, List<TechnicianRequest> technicians,
                                                  String requestId) {
        if (technicians == null || technicians.isEmpty()) {
            throw TechnicianRules.invalid("at least one technician is required");
        }
        if (technicians.size() > MAX_BULK) {
            throw TechnicianRules.invalid("at most " + MAX_BULK + " technicians may be created in one request");
        }
        Map<String, Integer> emailCounts = new HashMap<>();
        technicians.stream().filter(technician -> technician != null && technician.email() != null)
                .forEach(technician -> emailCounts.merge(sameEmail(technician), 1, Integer::sum));
        Map<String, ItemResult> results = new LinkedHashMap<>();
        return Multi.createFrom().range(0, technicians.size())
                .onItem().transformToUniAndConcatenate(index -> {
                    TechnicianRequest technician = technicians.get(index);
                    String key = technician == null || technician.email() == null || technician.email().isBlank()
                            ? "/" + index : technician.email();
                    return createItem(principal, technician, emailCounts, requestId)
                            .invoke(result -> results.put(key, result));
                })
                .collect().last().replaceWith(results);
    }

    /** Deactivates ({@code disabled}) or reactivates ({@code enabled}) the technician who logs in with {@code username}. */
    public Uni<User> setStatus(TokenPrincipal principal, String username, StatusRequest request) {
        boolean enable = TechnicianRules.enables(request);
        return Panache.withSession(() -> repository.findTechnicianByEmail(principal, username))
                .onItem().ifNull().failWith(() -> ApiException.notFound("Technician"))
                .chain(technician -> enable ? users.restore(principal, technician.id)
                        : users.deactivate(principal, technician.id));
    }

    private Uni<ItemResult> createItem(TokenPrincipal principal, TechnicianRequest technician,
                                       Map<String, Integer> emailCounts, String requestId) {
        if (technician == null) {
            return Uni.createFrom().item(failure(TechnicianRules.invalid("each technician must be an object")));
        }
        if (technician.email() != null && emailCounts.get(sameEmail(technician)) > 1) {
            return Uni.createFrom().item(failure(TechnicianRules.invalid("Email is given by more than one technician")));
        }
        return Uni.createFrom().deferred(() -> create(principal, technician))
                .map(created -> ItemResult.success())
                .onFailure().recoverWithItem(failure -> failure(failure instanceof ApiException refused ? refused
                        : ApiException.unexpected(failure, requestId)));
    }

    private Uni<Long> organizationOf(TokenPrincipal principal, TechnicianRequest technician) {
        if (technician.organizationId() != null) {
            return Uni.createFrom().item(technician.organizationId());
        }
        if (principal.organizationId().isPresent()) {
            return Uni.createFrom().item(principal.organizationId().get());
        }
        return Panache.withSession(() -> repository.firstOrganization(principal.accountId()))
                .onItem().ifNull().failWith(() -> TechnicianRules.invalid(
                        "organization_id is required while the account has no user in any organization"));
    }

    private static ItemResult failure(ApiException refusal) {
        return ItemResult.failure(ApiSurface.TECH.status(refusal.problem(null)), refusal.getMessage());
    }

    private static String sameEmail(TechnicianRequest technician) {
        return technician.email().strip().toLowerCase(Locale.ROOT);
    }
}
