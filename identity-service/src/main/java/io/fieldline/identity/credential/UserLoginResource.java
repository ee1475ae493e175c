package io.fieldline.identity.credential;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.identity.workforce.LoginUserProjector;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.serviceauth.ServiceCredentials;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code PUT /internal/users/{id}/login}, body: the user's event data ({@link WorkforceUserEvent}). technician-service
 * hands over a user it has just committed with a password, so that the user can log in at once rather than once the
 * user's event arrives. Both go through the same projection, guarded by version: whichever comes second changes
 * nothing. An unreadable body, or one of another user, is a 422.
 */
@Path("/internal/users/{id}/login")
@InternalEndpoint(caller = ServiceCredentials.TECHNICIAN_SERVICE)
public class UserLoginResource {

    private final LoginUserProjector logins;

    public UserLoginResource(LoginUserProjector logins) {
        this.logins = logins;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> learn(@PathParam("id") long userId, @NotNull(message = "is required") WorkforceUserEvent user) {
        if (user.id() != userId) {
            throw new ApiException(422, "validation_failed", "Validation failed: id must be the user of the path");
        }
        return logins.learn(user).replaceWith(Response.noContent().build());
    }
}
