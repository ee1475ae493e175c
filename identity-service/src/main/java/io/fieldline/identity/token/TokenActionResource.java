package io.fieldline.identity.token;

import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import io.fieldline.identity.audit.Origin;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** {@code POST /v3/oauth/revoke} (RFC 7009) and {@code POST /v3/oauth/introspect} (RFC 7662), as a form or as JSON. */
@Surface(ApiSurface.OAUTH)
@Path("/v3/oauth")
@Produces(MediaType.APPLICATION_JSON)
public class TokenActionResource {

    private final TokenRevocation revocation;
    private final TokenIntrospection introspection;

    public TokenActionResource(TokenRevocation revocation, TokenIntrospection introspection) {
        this.revocation = revocation;
        this.introspection = introspection;
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> revokeForm(MultivaluedMap<String, String> form,
                                    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                    @Context HttpServerRequest http) {
        return revoke(TokenActionRequest.fromForm(form), authorization, Origin.of(http));
    }

    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> revokeJson(TokenActionRequest request,
                                    @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                    @Context HttpServerRequest http) {
        return revoke(orEmpty(request), authorization, Origin.of(http));
    }

    @POST
    @Path("/introspect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> introspectForm(MultivaluedMap<String, String> form,
                                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return introspect(TokenActionRequest.fromForm(form), authorization);
    }

    @POST
    @Path("/introspect")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> introspectJson(TokenActionRequest request,
                                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return introspect(orEmpty(request), authorization);
    }

    private Uni<Response> revoke(TokenActionRequest request, String authorization, Origin origin) {
        return revocation.revoke(request, authorization, origin).map(done -> noStore(Response.ok()));
    }

    private Uni<Response> introspect(TokenActionRequest request, String authorization) {
        return introspection.introspect(request, authorization).map(facts -> noStore(Response.ok(facts)));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        ApiSurface.noStore().forEach(response::header);
        return response.build();
    }

    private static TokenActionRequest orEmpty(TokenActionRequest request) {
        return request == null ? new TokenActionRequest(null, null, null, null) : request;
    }
}
