package io.fieldline.identity.client.rest;

import io.fieldline.identity.admin.AdminCaller;
import io.fieldline.identity.client.repository.ClientAdminRepository;
import io.fieldline.identity.client.service.ClientChanges;
import io.fieldline.identity.client.service.ClientService;
import io.fieldline.identity.client.service.NewClient;
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

import java.util.Map;

/**
 * The OAuth clients of an account, for operators: {@code /admin/accounts/:id/clients} to create and list them,
 * {@code /admin/clients/:client_id} to read and change one.
 */
@Path("/admin")
@Surface(ApiSurface.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ClientsResource {

    private final ClientService clients;
    private final AdminCaller caller;

    public ClientsResource(ClientService clients, AdminCaller caller) {
        this.clients = clients;
        this.caller = caller;
    }

    @POST
    @Path("/accounts/{id}/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@PathParam("id") long accountId,
                                @NotNull(message = "is required") @Valid CreateClientRequest request) {
        return clients.create(caller.operator(), accountId, NewClient.of(request))
                .map(client -> Response.status(201).entity(new ClientView.Envelope(client)).build());
    }

    /** A page of the account's clients under {@code clients} with {@code meta}; filters: {@link ClientAdminRepository#LIST}. */
    @GET
    @Path("/accounts/{id}/clients")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip; filter[attr_pred]=value filters",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    public Uni<Map<String, Object>> list(@PathParam("id") long accountId, @Context UriInfo uri) {
        return clients.list(caller.operator(), accountId, ClientAdminRepository.LIST.read(uri.getQueryParameters()))
                .map(page -> page.envelope("clients"));
    }

    @GET
    @Path("/clients/{client_id}")
    public Uni<ClientView.Envelope> get(@PathParam("client_id") String clientId) {
        return clients.get(clientId).map(ClientView.Envelope::new);
    }

    @PATCH
    @Path("/clients/{client_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ClientView.Envelope> update(@PathParam("client_id") String clientId,
                                           @NotNull(message = "is required") @Valid UpdateClientRequest request) {
        return clients.update(caller.operator(), clientId, ClientChanges.of(request)).map(ClientView.Envelope::new);
    }
}
