package io.fieldline.identity.audit.rest;

import io.fieldline.identity.audit.repository.AuditEventRepository;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import java.util.Map;

/**
 * {@code GET /admin/audit-events}: the audit trail, newest first, under {@code audit_events} with {@code meta};
 * filters as {@link AuditEventRepository#LIST}, e.g. one account, one action or one request (by its
 * {@code X-Request-Id}).
 */
@Path("/admin")
@Surface(ApiSurface.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditEventsResource {

    private final AuditEventRepository events;

    public AuditEventsResource(AuditEventRepository events) {
        this.events = events;
    }

    @GET
    @Path("/audit-events")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Rows per page (a larger value is cut to 100)",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Rows to skip; filter[attr_pred]=value filters",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
    @Parameter(name = "account_id", in = ParameterIn.QUERY, description = "Entries of this account, as filter[account_id_eq]",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "action", in = ParameterIn.QUERY, description = "Entries of this action, as filter[action_eq]")
    @Parameter(name = "request_id", in = ParameterIn.QUERY, description = "Entries of this X-Request-Id, as filter[request_id_eq]")
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        return events.list(AuditEventRepository.LIST.read(uri.getQueryParameters()))
                .map(page -> page.envelope("audit_events"));
    }
}
