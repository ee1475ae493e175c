package io.fieldline.job.organization.rest;

import io.fieldline.job.organization.mapping.OrganizationMapper;
import io.fieldline.job.organization.service.OrganizationService;
import io.fieldline.job.rest.PathIds;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.Map;

/** {@code /v3/organizations}: the organizations of the Dispatch REST API v3 (seed: Organizations). */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final String ORGANIZATION = "Organization";

    private final OrganizationService organizations;
    private final CurrentPrincipal principal;

    public OrganizationResource(OrganizationService organizations, CurrentPrincipal principal) {
        this.organizations = organizations;
        this.principal = principal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizations:write")
    @Operation(summary = "Create an organization", description = """
            Job sources only (a user token gets 403). When the account already has an organization with one of the \
            request's external_ids, that organization comes back (200, not 201), updated with the request's \
            attributes and its external ids united with the request's; no duplicate is created. create_user: true \
            makes technician-service create the initial user (dispatcher and technician, the organization's email, \
            no password). network is first_party (default) or third_party.""")
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateOrganizationRequest request) {
        TokenPrincipal caller = principal.get();
        return organizations.create(caller, request).map(saved -> {
            var envelope = new OrganizationView.Envelope(OrganizationMapper.toView(saved.organization(), caller));
            return saved.created()
                    ? Response.created(URI.create("/v3/organizations/" + saved.organization().id)).entity(envelope).build()
                    : Response.ok(envelope).build();
        });
    }

    @GET
    @RolesAllowed("organizations:read")
    @Operation(summary = "List organizations", description = """
            By id. A job source lists its account's organizations; a user token its own organization. \
            filter[external_ids_contains] is for job sources only.""")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @Parameter(name = "filter[external_ids_contains]", in = ParameterIn.QUERY,
            description = "Organizations with this external id (job sources only)")
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        TokenPrincipal caller = principal.get();
        return organizations.list(caller, uri.getQueryParameters())
                .map(page -> page.map(organization -> OrganizationMapper.toView(organization, caller))
                        .envelope("organizations"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("organizations:read")
    public Uni<OrganizationView.Envelope> get(@PathParam("id") String id) {
        TokenPrincipal caller = principal.get();
        return organizations.get(caller, PathIds.parse(id, ORGANIZATION))
                .map(organization -> new OrganizationView.Envelope(OrganizationMapper.toView(organization, caller)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizations:write")
    @Operation(summary = "Update an organization", description = """
            A job source changes any organization of its account; a dispatcher its own organization (not its \
            external_ids or network); a technician-only user none (403).""")
    public Uni<OrganizationView.Envelope> update(@PathParam("id") String id,
                                                 @NotNull(message = "is required") @Valid UpdateOrganizationRequest changes) {
        TokenPrincipal caller = principal.get();
        return organizations.update(caller, PathIds.parse(id, ORGANIZATION), changes)
                .map(organization -> new OrganizationView.Envelope(OrganizationMapper.toView(organization, caller)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("organizations:write")
    @Operation(summary = "Delete an organization", description = """
            Job sources only. Soft delete: the organization is gone from the API (404) and gets no new jobs or \
            users; its history stays.""")
    public Uni<Response> delete(@PathParam("id") String id) {
        return organizations.delete(principal.get(), PathIds.parse(id, ORGANIZATION))
                .replaceWith(Response.noContent().build());
    }
}
