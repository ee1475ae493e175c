package io.fieldline.technician.technician.rest;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.paging.PageRequest;
import io.fieldline.events.RequestIds;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.technician.technician.TechnicianFilter;
import io.fieldline.technician.technician.service.TechnicianQueries;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/technicians}: the read-only technicians API, a page of technicians or, with {@code ?id=}, one. */
@Path("/api/v1/technicians")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("technicians:read")
public class TechnicianResource {

    private static final int DEFAULT_PER_PAGE = 50;

    private final TechnicianQueries technicians;
    private final CurrentPrincipal principal;

    public TechnicianResource(TechnicianQueries technicians, CurrentPrincipal principal) {
        this.technicians = technicians;
        this.principal = principal;
    }

    @GET
    public Uni<TechniciansResponse> technicians(@QueryParam("id") String id,
                                                @QueryParam("page") String page,
                                                @QueryParam("per_page") String perPage,
                                                @QueryParam("status") String status,
                                                @QueryParam("availability_status") String availabilityStatus,
                                                @HeaderParam(RequestIds.HEADER) String requestId) {
        if (id != null) {
            return technicians.get(principal.get(), parseId(id))
                    .map(technician -> new TechniciansResponse(technician, null, requestId));
        }
        PageRequest pageRequest = PageRequest.parse(page, perPage, DEFAULT_PER_PAGE);
        TechnicianFilter filter = TechnicianFilter.parse(status, availabilityStatus);
        return technicians.list(principal.get(), filter, pageRequest)
                .map(found -> new TechniciansResponse(found.technicians(),
                        new TechniciansResponse.Pagination(pageRequest.page(), pageRequest.perPage(), found.total(),
                                pageRequest.totalPages(found.total())),
                        requestId));
    }

    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.notFound("Technician");
        }
        return Long.parseLong(id);
    }
}
