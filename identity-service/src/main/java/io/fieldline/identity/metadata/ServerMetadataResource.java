package io.fieldline.identity.metadata;

import io.fieldline.identity.config.TokenSettings;
import io.fieldline.identity.config.BootstrapConfig;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /.well-known/oauth-authorization-server}: where the endpoints are and what they support, at the issuer's
 * own URL (the gateway), so clients can discover them.
 */
@Surface(ApiSurface.OAUTH)
@Path("/.well-known/oauth-authorization-server")
public class ServerMetadataResource {

    private static final List<String> CLIENT_AUTHENTICATION = List.of("client_secret_basic", "client_secret_post");

    private final ServerMetadata metadata;

    public ServerMetadataResource(TokenSettings tokens, BootstrapConfig bootstrap) {
        String issuer = tokens.issuer();
        String scopes = bootstrap.scopes();
        this.metadata = new ServerMetadata(issuer, issuer + "/v3/oauth/token", issuer + "/.well-known/jwks.json",
                issuer + "/v3/oauth/revoke", issuer + "/v3/oauth/introspect",
                List.of("client_credentials", "password", "refresh_token"),
                List.of(), CLIENT_AUTHENTICATION, CLIENT_AUTHENTICATION, CLIENT_AUTHENTICATION,
                Arrays.stream(scopes.trim().split("\\s+")).toList());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ServerMetadata metadata() {
        return metadata;
    }
}
