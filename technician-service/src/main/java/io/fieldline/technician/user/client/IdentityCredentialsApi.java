package io.fieldline.technician.user.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.platform.serviceauth.ServiceAuthorizationFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** identity-service's internal credentials and login API, called as technician-service. */
@RegisterRestClient(configKey = "identity")
@RegisterProvider(ServiceAuthorizationFilter.class)
@Path("/internal/users")
public interface IdentityCredentialsApi {

    record SetPassword(@JsonProperty("account_id") long accountId, String password) {
    }

    @PUT
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> setPassword(@PathParam("id") long userId, SetPassword request);

    @PUT
    @Path("/{id}/login")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> learnLogin(@PathParam("id") long userId, WorkforceUserEvent user);
}
