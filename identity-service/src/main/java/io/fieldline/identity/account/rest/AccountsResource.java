package io.fieldline.identity.account.rest;

import io.fieldline.identity.account.repository.AccountRepository;
import io.fieldline.identity.account.service.AccountChanges;
import io.fieldline.identity.account.service.AccountService;
import io.fieldline.identity.account.service.NewAccount;
import io.fieldline.identity.admin.AdminCaller;
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
 * {@code /admin/accounts}: the tenants, for operators. Every admin resource sits at {@code /admin}, so that JAX-RS
 * matches their paths together.
 */
@Path("/admin")
@Surface(ApiSurface.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AccountsResource {

    private final AccountService accounts;
    private final AdminCaller caller;

    public AccountsResource(AccountService accounts, AdminCaller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateAccountRequest request) {
        return accounts.create(caller.operator(), NewAccount.of(request))
                .map(account -> Response.status(201).entity(new AccountView.Envelope(account)).build());
    }

    /** A page of accounts under {@code accounts} with {@code meta}; filters: {@link AccountRepository#LIST}. */
    @GET
    @Path("/accounts")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip; filter[attr_pred]=value filters",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        return accounts.list(AccountRepository.LIST.read(uri.getQueryParameters()))
                .map(page -> page.envelope("accounts"));
    }

    @GET
    @Path("/accounts/{id}")
    public Uni<AccountView.Envelope> get(@PathParam("id") long id) {
        return accounts.get(id).map(AccountView.Envelope::new);
    }

    @PATCH
    @Path("/accounts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<AccountView.Envelope> update(@PathParam("id") long id,
                                            @NotNull(message = "is required") @Valid UpdateAccountRequest request) {
        return accounts.update(caller.operator(), id, AccountChanges.of(request)).map(AccountView.Envelope::new);
    }
}
