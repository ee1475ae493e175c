package io.fieldline.job.organization.service;

import io.fieldline.events.EventType;
import io.fieldline.events.OrganizationEvent;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.organization.Organization;
import io.fieldline.job.organization.mapping.OrganizationMapper;
import io.fieldline.job.organization.repository.OrganizationRepository;
import io.fieldline.job.organization.rest.CreateOrganizationRequest;
import io.fieldline.job.organization.rest.UpdateOrganizationRequest;
import io.fieldline.job.sql.SqlTimes;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The rules for organizations (seed: Organizations, "External IDs"). Job sources create, change and delete the
 * organizations of their account; a user token reads only its own organization, and a dispatcher may change it. A
 * job source that creates an organization with an external id it already uses gets that organization back, updated,
 * never a duplicate. Every change grows the version and leaves with its event in the same transaction.
 */
@ApplicationScoped
public class OrganizationService {

    /** A created organization, or the existing one a create named by external id. */
    public record Saved(Organization organization, boolean created) {
    }

    private static final String DISPATCHER = "dispatcher";

    private final Pool pool;
    private final OrganizationRepository organizations;
    private final Outbox outbox;

    public OrganizationService(Pool pool, OrganizationRepository organizations, Outbox outbox) {
        this.pool = pool;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    /**
     * Refuses an {@code organization_id} (422 naming it) that is not a live organization the principal reaches: of the
     * account, and a user's own. For the resources that belong to an organization.
     */
    public Uni<Void> requireReachable(SqlClient client, TokenPrincipal principal, long organizationId) {
        return organizations.findVisible(client, Tenancy.of(principal), organizationId).invoke(organization -> {
            if (organization == null) {
                new FieldErrors().add("organization_id", principal.isUser() ? "must be your own organization"
                        : "must be an organization of your account").throwIfAny();
            }
        }).replaceWithVoid();
    }

    /** Creates an organization, or updates and returns the live one of the account that has one of its external ids. */
    public Uni<Saved> create(TokenPrincipal principal, CreateOrganizationRequest request) {
        requireJobSource(principal, "create");
        Instant now = SqlTimes.now();
        List<String> externalIds = ExternalIds.normalize(request.externalIds());
        return pool.withTransaction(transaction -> {
            if (externalIds.isEmpty()) {
                return insert(transaction, principal.accountId(), request, now);
            }
            return organizations.lockByExternalIds(transaction, principal.accountId(), externalIds)
                    .chain(existing -> existing == null ? insert(transaction, principal.accountId(), request, now)
                            : (OrganizationMapper.merge(request, existing)
                                    ? changed(transaction, existing, OrganizationEvent.UPDATED, now)
                                    : Uni.createFrom().item(existing))
                            .map(organization -> new Saved(organization, false)));
        });
    }

    /** The organization, if the principal may see it; 404 otherwise. */
    public Uni<Organization> get(TokenPrincipal principal, long id) {
        return organizations.findVisible(pool, Tenancy.of(principal), id)
                .onItem().ifNull().failWith(OrganizationService::notFound);
    }

    /** A page of the organizations the principal may see: the account's for a job source, its own for a user. */
    public Uni<ListPage<Organization, LimitOffset>> list(TokenPrincipal principal, Map<String, List<String>> query) {
        return organizations.list(Tenancy.of(principal),
                (principal.isUser() ? OrganizationRepository.LIST_FOR_USERS : OrganizationRepository.LIST).read(query));
    }

    /** Applies the changes; a dispatcher may change its own organization, never its external ids or network. */
    public Uni<Organization> update(TokenPrincipal principal, long id, UpdateOrganizationRequest changes) {
        if (principal.isUser()) {
            FieldErrors errors = new FieldErrors();
            if (Patch.given(changes.externalIds())) {
                errors.add(ExternalIds.FIELD, ExternalIds.JOB_SOURCES_ONLY);
            }
            if (Patch.given(changes.network())) {
                errors.add("network", "is set by the job source");
            }
            errors.throwIfAny();
        }
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(organization -> {
            if (principal.isUser() && !principal.hasRole(DISPATCHER)) {
                throw ApiException.forbidden("Only a dispatcher may change the organization");
            }
            return OrganizationMapper.applyChanges(changes, organization)
                    ? changed(transaction, organization, OrganizationEvent.UPDATED, SqlTimes.now())
                    : Uni.createFrom().item(organization);
        }));
    }

    /** Soft delete: the organization leaves the API and gets no new jobs or users; its history stays. */
    public Uni<Void> delete(TokenPrincipal principal, long id) {
        requireJobSource(principal, "delete");
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(organization -> {
            Instant now = SqlTimes.now();
            organization.deletedAt = now;
            return changed(transaction, organization, OrganizationEvent.DELETED, now);
        })).replaceWithVoid();
    }

    private Uni<Saved> insert(SqlConnection transaction, long accountId, CreateOrganizationRequest request, Instant now) {
        return organizations.insert(transaction, OrganizationMapper.newOrganization(accountId, request, now))
                .call(organization -> record(transaction, organization, OrganizationEvent.CREATED))
                .map(organization -> new Saved(organization, true));
    }

    private Uni<Organization> locked(SqlConnection transaction, TokenPrincipal principal, long id) {
        return organizations.findVisibleForUpdate(transaction, Tenancy.of(principal), id)
                .onItem().ifNull().failWith(OrganizationService::notFound);
    }

    private Uni<Organization> changed(SqlConnection transaction, Organization organization,
                                      EventType<OrganizationEvent> type, Instant now) {
        organization.version++;
        organization.updatedAt = now;
        return organizations.update(transaction, organization).call(saved -> record(transaction, saved, type));
    }

    private Uni<Void> record(SqlConnection transaction, Organization organization, EventType<OrganizationEvent> type) {
        return outbox.record(transaction, new ChangeEvent<>(type, String.valueOf(organization.id),
                organization.accountId, OrganizationMapper.toEvent(organization)));
    }

    private static void requireJobSource(TokenPrincipal principal, String action) {
        if (principal.isUser()) {
            throw ApiException.forbidden("Only a job source may " + action + " organizations");
        }
    }

    private static ApiException notFound() {
        return ApiException.notFound("Organization");
    }
}
