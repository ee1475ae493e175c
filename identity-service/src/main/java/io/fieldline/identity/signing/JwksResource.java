package io.fieldline.identity.signing;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Publishes the public signing keys (RFC 7517), so the gateway and services verify tokens locally. */
@Surface(ApiSurface.OAUTH)
@Path("/.well-known/jwks.json")
public class JwksResource {

    private final SigningKeys keys;

    public JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        return keys.jwks();
    }
}
