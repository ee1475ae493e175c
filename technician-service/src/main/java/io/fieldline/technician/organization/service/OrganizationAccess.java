package io.fieldline.technician.organization.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.technician.organization.KnownOrganizations;
import io.fieldline.technician.organization.Network;
import io.fieldline.technician.organization.Organization;
import io.fieldline.technician.organization.client.JobServiceOrganizations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which organizations a principal may put users in and write the users of (seed: Users, "Access Control"): only
 * organizations of its account that exist and are not deleted take users (else a 422 naming {@code organization_id});
 * a job source (a principal of no single organization) only reads the users of a {@code third_party} organization
 * (else a 403), while a principal of the organization itself writes them. What the read model does not know yet is
 * asked of job-service and remembered, so that a user created right after its organization needs no event
 * (ARCHITECTURE.md, "Consistency a client can see"); a job-service that does not answer is a 503.
 */
@ApplicationScoped
public class OrganizationAccess {

    static final String ORGANIZATION_ID = "organization_id";

    private final KnownOrganizations known;
    private final JobServiceOrganizations jobService;

    public OrganizationAccess(KnownOrganizations known, JobServiceOrganizations jobService) {
        this.known = known;
        this.jobService = jobService;
    }

    /** Succeeds when the principal may put a user in the organization: a 422 naming organization_id, a 403 or a 503. */
    public Uni<Void> requireJoinable(TokenPrincipal principal, long organizationId) {
        return organization(principal.accountId(), organizationId).invoke(organization -> {
            if (organization == null || organization.deleted()) {
                throw new FieldErrors().add(ORGANIZATION_ID, "must be an existing organization of your account")
                        .exception();
            }
            requireWritable(principal, organization);
        }).replaceWithVoid();
    }

    /**
     * Succeeds when the principal may change the users already in the organization, deleted or not: a 403 or a 503.
     * An organization job-service does not know (anymore) has no network that forbids it.
     */
    public Uni<Void> requireUsersWritable(TokenPrincipal principal, long organizationId) {
        if (principal.organizationId().isPresent()) {
            return Uni.createFrom().voidItem();
        }
        return organization(principal.accountId(), organizationId).invoke(organization -> {
            if (organization != null) {
                requireWritable(principal, organization);
            }
        }).replaceWithVoid();
    }

    private static void requireWritable(TokenPrincipal principal, Organization organization) {
        if (principal.organizationId().isEmpty() && organization.network() == Network.THIRD_PARTY) {
            throw ApiException.forbidden("The users of a third-party organization are read-only to your account");
        }
    }

    /** The account's organization from the read model, else from job-service (then remembered); null when none. */
    private Uni<Organization> organization(long accountId, long id) {
        return known.find(accountId, id).onItem().ifNull().switchTo(() -> jobService.find(accountId, id)
                .call(answer -> answer == null ? Uni.createFrom().voidItem() : known.remember(answer)));
    }
}
