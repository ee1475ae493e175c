package io.fieldline.technician.user.rest;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.technician.user.mapping.UserMapper;
import io.fieldline.technician.user.repository.UserListParameters;
import io.fieldline.technician.user.repository.UserQueries;
import io.fieldline.technician.user.service.NewUser;
import io.fieldline.technician.user.service.UserService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.util.Map;

/** {@code /v3/users}: the users of the Dispatch REST API v3. */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    private final UserService users;
    private final UserQueries queries;
    private final CurrentPrincipal principal;

    public UserResource(UserService users, UserQueries queries, CurrentPrincipal principal) {
        this.users = users;
        this.queries = queries;
        this.principal = principal;
    }

    /**
     * A page of users by id, {@code {"users": [...], "meta": {"total", "limit", "offset"}}} (seed: Users, "List
     * Users"); the parameters are read from the whole query as {@link UserQueries#LIST} and
     * {@link UserListParameters} say, and named here for the API document.
     */
    @GET
    @RolesAllowed("users:read")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Users per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Users to skip",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @Parameter(name = UserListParameters.BY_USER_ROLES, in = ParameterIn.QUERY,
            description = "Users in any of these comma-separated roles: dispatcher, technician")
    @Parameter(name = "filter[email_eq]", in = ParameterIn.QUERY, description = "Users with this email, in any case")
    @Parameter(name = "filter[organization_id_eq]", in = ParameterIn.QUERY, description = "Users of this organization",
            schema = @Schema(type = SchemaType.INTEGER))
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        UserListParameters parameters = UserListParameters.read(uri.getQueryParameters());
        return queries.list(Tenancy.of(principal.get()), parameters).map(page -> page.envelope("users"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("users:write")
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateUserRequest request) {
        return users.create(principal.get(), NewUser.of(request))
                .map(user -> Response.created(URI.create("/v3/users/" + user.id))
                        .entity(new UserView.Envelope(UserMapper.toView(user))).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("users:read")
    public Uni<UserView.Envelope> get(@PathParam("id") String id) {
        return users.get(principal.get(), parseId(id)).map(user -> new UserView.Envelope(UserMapper.toView(user)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("users:write")
    public Uni<UserView.Envelope> update(@PathParam("id") String id,
                                         @NotNull(message = "is required") @Valid UpdateUserRequest changes) {
        return users.update(principal.get(), parseId(id), changes)
                .map(user -> new UserView.Envelope(UserMapper.toView(user)));
    }

    /** Soft delete: the user can no longer log in; its history stays. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed("users:write")
    public Uni<Response> deactivate(@PathParam("id") String id) {
        return users.deactivate(principal.get(), parseId(id)).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/restore")
    @RolesAllowed("users:write")
    public Uni<UserView.Envelope> restore(@PathParam("id") String id) {
        return users.restore(principal.get(), parseId(id)).map(user -> new UserView.Envelope(UserMapper.toView(user)));
    }

    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.notFound("User");
        }
        return Long.parseLong(id);
    }
}
