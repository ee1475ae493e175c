package io.fieldline.technician.organization.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.platform.serviceauth.ServiceAuthorizationFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** job-service's internal organizations API, called as technician-service; 404 when the account has no such organization. */
@RegisterRestClient(configKey = "jobs")
@RegisterProvider(ServiceAuthorizationFilter.class)
@Path("/internal/organizations")
public interface JobServiceOrganizationsApi {

    /** An organization as job-service answers it: {@code network} is {@code first_party} or {@code third_party}. */
    record Answer(long id, @JsonProperty("account_id") long accountId, String network, boolean deleted, long version) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Answer> get(@PathParam("id") long id, @QueryParam("account_id") long accountId);
}
