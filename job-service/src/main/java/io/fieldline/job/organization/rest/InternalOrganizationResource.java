package io.fieldline.job.organization.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.job.organization.Organization;
import io.fieldline.job.organization.repository.OrganizationRepository;
import io.fieldline.platform.config.InternalConfig;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.serviceauth.ServiceCredentials;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /internal/organizations/{id}?account_id=}: what technician-service needs to know of an organization
 * (id, account, network, deleted, version) when a user is written before the organization's event reached it
 * (ARCHITECTURE.md, "read your own writes"). Only technician-service may call it (HTTP Basic by
 * {@link ServiceCredentials}, else 401); 404 when the account has no such organization, 400 without an account. The
 * gateway never routes here.
 */
@Path("/internal/organizations/{id}")
public class InternalOrganizationResource {

    private final OrganizationRepository organizations;
    private final ServiceCredentials credentials;

    public InternalOrganizationResource(OrganizationRepository organizations, InternalConfig internal) {
        this.organizations = organizations;
        this.credentials = new ServiceCredentials(internal.secret().orElse(null));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<InternalOrganization> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                         @PathParam("id") long id, @QueryParam("account_id") Long accountId) {
        if (!credentials.isFrom(authorization, ServiceCredentials.TECHNICIAN_SERVICE)) {
            throw ApiException.unauthorized("This internal endpoint needs service authentication");
        }
        if (accountId == null) {
            throw ApiException.badRequest("account_id is required");
        }
        return organizations.findInAccount(accountId, id)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Organization"))
                .map(InternalOrganization::of);
    }

    /** The organization as technician-service's read model keeps it. */
    public record InternalOrganization(long id, @JsonProperty("account_id") long accountId, String network,
                                       boolean deleted, long version) {

        static InternalOrganization of(Organization organization) {
            return new InternalOrganization(organization.id, organization.accountId, organization.network,
                    organization.deletedAt != null, organization.version);
        }
    }
}
