package io.fieldline.identity.integrationkey.rest;

import io.fieldline.identity.admin.AdminCaller;
import io.fieldline.identity.integrationkey.repository.IntegrationKeyRepository;
import io.fieldline.identity.integrationkey.service.IntegrationKeyService;
import io.fieldline.identity.integrationkey.service.NewIntegrationKey;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/**
 * Integration keys of a client, for operators: {@code /admin/clients/:client_id/integration-keys} to create and list
 * them, {@code DELETE /admin/integration-keys/:id} to revoke one.
 */
@Path("/admin")
@Surface(ApiSurface.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class IntegrationKeysResource {

    private final IntegrationKeyService keys;
    private final AdminCaller caller;

    public IntegrationKeysResource(IntegrationKeyService keys, AdminCaller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Path("/clients/{client_id}/integration-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@PathParam("client_id") String clientId,
                               @NotNull(message = "is required") @Valid CreateIntegrationKeyRequest request) {
        return keys.create(caller.operator(), clientId, NewIntegrationKey.of(request))
                .map(created -> Response.status(201).entity(new IntegrationKeyView.Envelope(created)).build());
    }

    /** A page of the client's keys under {@code integration_keys}; filters: {@link IntegrationKeyRepository#LIST}. */
    @GET
    @Path("/clients/{client_id}/integration-keys")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip; filter[attr_pred]=value filters",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    public Uni<Map<String, Object>> list(@PathParam("client_id") String clientId, @Context UriInfo uri) {
        return keys.list(caller.operator(), clientId,
                        IntegrationKeyRepository.LIST.read(uri.getQueryParameters()))
                .map(page -> page.envelope("integration_keys"));
    }

    /** Revokes the key; revoking it again changes nothing. */
    @DELETE
    @Path("/integration-keys/{id}")
    public Uni<Response> revoke(@PathParam("id") long id) {
        return keys.revoke(caller.operator(), id).replaceWith(Response.noContent().build());
    }
}
