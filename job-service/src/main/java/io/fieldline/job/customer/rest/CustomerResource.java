package io.fieldline.job.customer.rest;

import io.fieldline.job.customer.mapping.CustomerMapper;
import io.fieldline.job.customer.service.CustomerService;
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

/** {@code /v3/customers}: the customers of the Dispatch REST API v3 (seed: Customers). */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private static final String CUSTOMER = "Customer";

    private final CustomerService customers;
    private final CurrentPrincipal principal;

    public CustomerResource(CustomerService customers, CurrentPrincipal principal) {
        this.customers = customers;
        this.principal = principal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customers:write")
    @Operation(summary = "Create a customer", description = """
            organization_id must be an organization of the account (for a user token, its own). Duplicates merge: \
            within the same organization, a customer sharing an external id, else the same email (ignoring case), \
            else one of the phone numbers and the last name (ignoring case), is the same customer. Then the \
            request's attributes are merged onto it (each one given replaces the stored one; phone numbers and \
            external ids are united) and the existing customer comes back with 200 instead of 201. external_ids are \
            for job sources only.""")
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateCustomerRequest request) {
        TokenPrincipal caller = principal.get();
        return customers.create(caller, request).map(saved -> {
            var envelope = new CustomerView.Envelope(CustomerMapper.toView(saved.customer(), caller));
            return saved.created()
                    ? Response.created(URI.create("/v3/customers/" + saved.customer().id)).entity(envelope).build()
                    : Response.ok(envelope).build();
        });
    }

    @GET
    @RolesAllowed("customers:read")
    @Operation(summary = "List customers", description = """
            By id. A job source lists its account's customers; a user token its organization's. \
            filter[external_id_contains] is for job sources only.""")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @Parameter(name = "filter[email_eq]", in = ParameterIn.QUERY, description = "Customers with this email")
    @Parameter(name = "filter[external_id_contains]", in = ParameterIn.QUERY,
            description = "Customers with this external id (job sources only)")
    @Parameter(name = "filter[organization_id_eq]", in = ParameterIn.QUERY,
            description = "Customers of this organization", schema = @Schema(type = SchemaType.INTEGER))
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        TokenPrincipal caller = principal.get();
        return customers.list(caller, uri.getQueryParameters())
                .map(page -> page.map(customer -> CustomerMapper.toView(customer, caller)).envelope("customers"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("customers:read")
    public Uni<CustomerView.Envelope> get(@PathParam("id") String id) {
        TokenPrincipal caller = principal.get();
        return customers.get(caller, PathIds.parse(id, CUSTOMER))
                .map(customer -> new CustomerView.Envelope(CustomerMapper.toView(customer, caller)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("customers:write")
    @Operation(summary = "Update a customer", description = "organization_id is not updatable (422).")
    public Uni<CustomerView.Envelope> update(@PathParam("id") String id,
                                             @NotNull(message = "is required") @Valid UpdateCustomerRequest changes) {
        TokenPrincipal caller = principal.get();
        return customers.update(caller, PathIds.parse(id, CUSTOMER), changes)
                .map(customer -> new CustomerView.Envelope(CustomerMapper.toView(customer, caller)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("customers:write")
    @Operation(summary = "Delete a customer", description = "Soft delete: the customer is gone from the API (404).")
    public Uni<Response> delete(@PathParam("id") String id) {
        return customers.delete(principal.get(), PathIds.parse(id, CUSTOMER)).replaceWith(Response.noContent().build());
    }
}
