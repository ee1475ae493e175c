package io.fieldline.technician.technician.rest;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.surfaces.RequestIds;
import io.fieldline.platform.list.ParameterErrors;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.PageRequest;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.technician.technician.service.TechnicianQueries;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /api/v1/technicians}: the read-only technicians API, a page of technicians or, with {@code ?id=}, one. */
@Path("/api/v1/technicians")
@Surface(ApiSurface.TECHNICIANS)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("technicians:read")
public class TechnicianResource {

    private final TechnicianQueries technicians;
    private final CurrentPrincipal principal;

    public TechnicianResource(TechnicianQueries technicians, CurrentPrincipal principal) {
        this.technicians = technicians;
        this.principal = principal;
    }

    /**
     * One technician by {@code id}, or a page of them. {@link TechnicianQueries#LIST} reads the list's parameters from
     * the whole query; they are named here for the API document.
     */
    @GET
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1"))
    @Parameter(name = "per_page", in = ParameterIn.QUERY, description = "Results per page (max 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Account status",
            schema = @Schema(enumeration = {"Active", "Inactive"}))
    @Parameter(name = "availability_status", in = ParameterIn.QUERY, description = "Availability",
            schema = @Schema(enumeration = {"Available", "Busy", "Offline"}))
    public Uni<TechniciansResponse> technicians(@QueryParam("id") String id, @Context UriInfo uri,
                                                @HeaderParam(RequestIds.HEADER) String requestId) {
        List<String> ids = uri.getQueryParameters().get("id");
        if (ids != null && ids.get(0).isEmpty()) {
            // "?id=" asks for one technician without naming it; listing instead would count against the get quota
            new ParameterErrors().add("id", "must not be empty").throwIfAny();
        }
        if (id != null) {
            return technicians.get(Tenancy.of(principal.get()), parseId(id))
                    .map(technician -> new TechniciansResponse(technician, null, requestId));
        }
        ListRequest<PageRequest> request = TechnicianQueries.LIST.read(uri.getQueryParameters());
        return technicians.list(Tenancy.of(principal.get()), request)
                .map(page -> new TechniciansResponse(page.items(),
                        new TechniciansResponse.Pagination(page.slice().page(), page.slice().perPage(), page.total(),
                                page.slice().totalPages(page.total())),
                        requestId));
    }

    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.notFound("Technician");
        }
        return Long.parseLong(id);
    }
}
