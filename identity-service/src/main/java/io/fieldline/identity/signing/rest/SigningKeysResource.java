package io.fieldline.identity.signing.rest;

import io.fieldline.identity.admin.AdminCaller;
import io.fieldline.identity.signing.service.KeyRotationService;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /admin/keys/rotate}: a new signing key, for operators. */
@Path("/admin")
@Surface(ApiSurface.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SigningKeysResource {

    private final KeyRotationService rotation;
    private final AdminCaller caller;

    public SigningKeysResource(KeyRotationService rotation, AdminCaller caller) {
        this.rotation = rotation;
        this.caller = caller;
    }

    @POST
    @Path("/keys/rotate")
    public Uni<KeyView.Envelope> rotate() {
        return rotation.rotate(caller.operator()).map(KeyView.Envelope::new);
    }
}
