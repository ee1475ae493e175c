package io.fieldline.technician.tech.rest;

import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.RequestIds;
import io.fieldline.surfaces.Surface;
import io.fieldline.technician.tech.service.TechnicianManagement;
import io.fieldline.technician.tech.service.TechnicianRules;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /tech}: the technician management API (seed: {@code technician-management-api.txt}): create one technician,
 * create many, enable or disable one. Answers 200 with the seed's {@code result} envelope; its errors are
 * {@code {"status", "message"}}: 400 for a broken rule, 404 for an unknown technician, 409 for a taken email.
 */
@Path("/tech")
@Surface(ApiSurface.TECH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("technicians:write")
public class TechResource {

    private final TechnicianManagement technicians;
    private final CurrentPrincipal principal;

    public TechResource(TechnicianManagement technicians, CurrentPrincipal principal) {
        this.technicians = technicians;
        this.principal = principal;
    }

    /** Creates one technician (seed: "Create Technician"). */
    @POST
    public Uni<TechResult> create(TechnicianRequest technician) {
        if (technician == null) {
            throw TechnicianRules.invalid("body must be a technician object");
        }
        return technicians.create(principal.get(), technician).replaceWith(TechResult.success());
    }

    /**
     * Creates up to {@value TechnicianManagement#MAX_BULK} technicians, each on its own (seed: "Create Multiple
     * Technicians"): the answer names each one's result under {@code details.technicians}.
     */
    @POST
    @Path("/bulk")
    public Uni<TechResult> createAll(List<TechnicianRequest> technicians,
                                     @HeaderParam(RequestIds.HEADER) String requestId) {
        return this.technicians.createAll(principal.get(), technicians, requestId).map(TechResult::of);
    }

    /** Enables or disables the technician whose email is {@code techUsername} (seed: "Modify Technician Status"). */
    @PUT
    @Path("/{techUsername}")
    public Uni<TechResult> modify(@PathParam("techUsername") String username, StatusRequest status) {
        return technicians.setStatus(principal.get(), username, status).replaceWith(TechResult.success());
    }
}
