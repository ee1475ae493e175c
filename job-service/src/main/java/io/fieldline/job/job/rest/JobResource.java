package io.fieldline.job.job.rest;

import io.fieldline.job.job.mapping.JobMapper;
import io.fieldline.job.job.service.JobService;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
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

/** {@code /v3/jobs}: the jobs of the Dispatch REST API v3 (seed: Jobs, "Job Offers"). */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private static final String JOB = "Job";

    private final JobService jobs;
    private final CurrentPrincipal principal;

    public JobResource(JobService jobs, CurrentPrincipal principal) {
        this.jobs = jobs;
        this.principal = principal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("jobs:write")
    @Operation(summary = "Create a job", description = """
            organization_id must be an organization of the account (for a user token, its own); customer_id a \
            customer of that organization. brand_id is stored as sent. external_ids are for job sources only. A job \
            is never created rejected (only a reject makes it so).""")
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateJobRequest request) {
        TokenPrincipal caller = principal.get();
        return jobs.create(caller, request).map(shown -> Response.created(URI.create("/v3/jobs/" + shown.job().id))
                .entity(envelope(shown, caller)).build());
    }

    @GET
    @RolesAllowed("jobs:read")
    @Operation(summary = "List jobs", description = """
            By id. A job source lists its account's jobs; a user token its organization's. \
            filter[external_ids_contains] is for job sources only.""")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @Parameter(name = "filter[brand_id_eq]", in = ParameterIn.QUERY, description = "Jobs of this brand",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "filter[customer_id_eq]", in = ParameterIn.QUERY, description = "Jobs of this customer",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "filter[customer_id_in]", in = ParameterIn.QUERY,
            description = "Jobs of these customers (comma-separated ids)")
    @Parameter(name = "filter[external_ids_contains]", in = ParameterIn.QUERY,
            description = "Jobs with this external id (job sources only)")
    @Parameter(name = "filter[organization_id_eq]", in = ParameterIn.QUERY,
            description = "Jobs of this organization", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "filter[organization_id_in]", in = ParameterIn.QUERY,
            description = "Jobs of these organizations (comma-separated ids)")
    @Parameter(name = "filter[status_eq]", in = ParameterIn.QUERY, description = "Jobs in this status")
    @Parameter(name = "filter[status_in]", in = ParameterIn.QUERY,
            description = "Jobs in these statuses (comma-separated)")
    @Parameter(name = "filter[status_not_eq]", in = ParameterIn.QUERY, description = "Jobs not in this status")
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        TokenPrincipal caller = principal.get();
        return jobs.list(caller, uri.getQueryParameters()).map(shown -> shown.page()
                .map(job -> JobMapper.toView(job, shown.customers().get(job.customerId), caller)).envelope("jobs"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("jobs:read")
    public Uni<JobView.Envelope> get(@PathParam("id") String id) {
        TokenPrincipal caller = principal.get();
        return jobs.get(caller, PathIds.parse(id, JOB)).map(shown -> envelope(shown, caller));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("jobs:write")
    @Operation(summary = "Update a job", description = """
            organization_id, external_ids and brand_id are not updatable (422). No update makes a job offered or \
            rejected; an offered job leaves offered only through accept or reject, and a rejected job keeps its status \
            (422 on status). A rejected job is read-only for the organization's users (403). Canceling a job cancels \
            its appointments.""")
    public Uni<JobView.Envelope> update(@PathParam("id") String id,
                                        @NotNull(message = "is required") @Valid UpdateJobRequest changes) {
        TokenPrincipal caller = principal.get();
        return jobs.update(caller, PathIds.parse(id, JOB), changes).map(shown -> envelope(shown, caller));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("jobs:write")
    @Operation(summary = "Accept a job offer", description = """
            For the job's organization: a job source or a dispatcher of it. With an appointment the job becomes \
            scheduled and the appointment is created (GET /v3/appointments?filter[job_id_eq]=…); its user_id must be \
            an active technician of the job's organization. Without one the job becomes unscheduled. A job that is \
            not offered is a 422 naming status.""")
    public Uni<JobView.Envelope> accept(@PathParam("id") String id, @Valid AcceptJobRequest request) {
        TokenPrincipal caller = principal.get();
        return jobs.accept(caller, PathIds.parse(id, JOB), request).map(shown -> envelope(shown, caller));
    }

    /**
     * The same accept sent without a body (seed: "Job Offers": the appointment is optional), so without a type; a body
     * of another type than JSON is a 415, never an accept that ignores it.
     */
    @POST
    @Path("/{id}/accept")
    @RolesAllowed("jobs:write")
    @Operation(hidden = true)
    public Uni<JobView.Envelope> acceptWithoutBody(@PathParam("id") String id, String body) {
        if (body != null && !body.isEmpty()) {
            throw new NotSupportedException();
        }
        return accept(id, null);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed("jobs:write")
    @Operation(summary = "Reject a job offer", description = """
            For the job's organization: a job source or a dispatcher of it. The job becomes rejected and read-only for \
            the organization's users. A job that is not offered is a 422 naming status.""")
    public Uni<JobView.Envelope> reject(@PathParam("id") String id) {
        TokenPrincipal caller = principal.get();
        return jobs.reject(caller, PathIds.parse(id, JOB)).map(shown -> envelope(shown, caller));
    }

    private static JobView.Envelope envelope(JobService.Shown shown, TokenPrincipal caller) {
        return new JobView.Envelope(JobMapper.toView(shown.job(), shown.customer(), caller));
    }
}
