package io.fieldline.job.appointment.rest;

import io.fieldline.job.appointment.mapping.AppointmentMapper;
import io.fieldline.job.appointment.service.AppointmentService;
import io.fieldline.job.rest.PathIds;
import io.fieldline.platform.security.CurrentPrincipal;
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

/** {@code /v3/appointments}: the appointments of the Dispatch REST API v3 (seed: Appointments). */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/appointments")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private static final String APPOINTMENT = "Appointment";
    private static final String TIMESTAMP = "ISO-8601 timestamp with a zone, such as 2017-01-01T00:00:00Z";

    private final AppointmentService appointments;
    private final CurrentPrincipal principal;

    public AppointmentResource(AppointmentService appointments, CurrentPrincipal principal) {
        this.appointments = appointments;
        this.principal = principal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("appointments:write")
    @Operation(summary = "Create an appointment", description = """
            job_id must be a job of the account (for a user token, of its organization) that is neither offered nor \
            rejected; the appointment belongs to the job's organization. user_id must be an active technician of that \
            organization. duration is in seconds, 7200 when absent. A scheduled appointment makes its job scheduled. \
            Technician-only users may not create appointments (403).""")
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateAppointmentRequest request) {
        return appointments.create(principal.get(), request)
                .map(appointment -> Response.created(URI.create("/v3/appointments/" + appointment.id))
                        .entity(new AppointmentView.Envelope(AppointmentMapper.toView(appointment))).build());
    }

    @GET
    @RolesAllowed("appointments:read")
    @Operation(summary = "List appointments", description = """
            By id. A job source lists its account's appointments; a user token its organization's.""")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @Parameter(name = "filter[job_id_eq]", in = ParameterIn.QUERY, description = "Appointments of this job",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "filter[job_id_in]", in = ParameterIn.QUERY,
            description = "Appointments of these jobs (comma-separated ids)")
    @Parameter(name = "filter[organization_id_eq]", in = ParameterIn.QUERY,
            description = "Appointments of this organization", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "filter[status_eq]", in = ParameterIn.QUERY, description = "Appointments in this status")
    @Parameter(name = "filter[status_in]", in = ParameterIn.QUERY,
            description = "Appointments in these statuses (comma-separated)")
    @Parameter(name = "filter[time_gt]", in = ParameterIn.QUERY, description = "Scheduled after this " + TIMESTAMP)
    @Parameter(name = "filter[time_gteq]", in = ParameterIn.QUERY,
            description = "Scheduled on or after this " + TIMESTAMP)
    @Parameter(name = "filter[time_lt]", in = ParameterIn.QUERY, description = "Scheduled before this " + TIMESTAMP)
    @Parameter(name = "filter[time_lteq]", in = ParameterIn.QUERY,
            description = "Scheduled on or before this " + TIMESTAMP)
    @Parameter(name = "filter[user_id_eq]", in = ParameterIn.QUERY,
            description = "Appointments assigned to this technician", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "filter[user_id_in]", in = ParameterIn.QUERY,
            description = "Appointments assigned to these technicians (comma-separated ids)")
    @Parameter(name = "filter[user_id_null]", in = ParameterIn.QUERY,
            description = "true: unassigned appointments; false: assigned ones",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        return appointments.list(principal.get(), uri.getQueryParameters())
                .map(page -> page.map(AppointmentMapper::toView).envelope("appointments"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("appointments:read")
    public Uni<AppointmentView.Envelope> get(@PathParam("id") String id) {
        return appointments.get(principal.get(), PathIds.parse(id, APPOINTMENT))
                .map(appointment -> new AppointmentView.Envelope(AppointmentMapper.toView(appointment)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("appointments:write")
    @Operation(summary = "Update an appointment", description = """
            job_id is not updatable (422). null clears time and unassigns user_id. Moving to scheduled makes the job \
            scheduled. A technician-only user may change only the status of an appointment assigned to it (403).""")
    public Uni<AppointmentView.Envelope> update(@PathParam("id") String id,
                                                @NotNull(message = "is required") @Valid UpdateAppointmentRequest changes) {
        return appointments.update(principal.get(), PathIds.parse(id, APPOINTMENT), changes)
                .map(appointment -> new AppointmentView.Envelope(AppointmentMapper.toView(appointment)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("appointments:write")
    @Operation(summary = "Delete an appointment", description = """
            For good; the deleted event carries its last state. Technician-only users may not delete (403).""")
    public Uni<Response> delete(@PathParam("id") String id) {
        return appointments.delete(principal.get(), PathIds.parse(id, APPOINTMENT))
                .replaceWith(Response.noContent().build());
    }
}
