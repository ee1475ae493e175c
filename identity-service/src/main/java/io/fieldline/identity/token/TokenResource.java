package io.fieldline.identity.token;

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

/** {@code POST /v3/oauth/token}: the OAuth 2.0 token endpoint, taking JSON as the API document shows or a form as RFC 6749 does. */
@Path("/v3/oauth/token")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final TokenService tokens;

    public TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> fromJson(TokenRequest request, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @Context HttpServerRequest http) {
        return issue(request == null ? TokenRequest.empty() : request, authorization, http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> fromForm(MultivaluedMap<String, String> form,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @Context HttpServerRequest http) {
        return issue(TokenRequest.fromForm(form), authorization, http);
    }

    private Uni<Response> issue(TokenRequest request, String authorization, HttpServerRequest http) {
        return tokens.issue(request, authorization, Origin.of(http)).map(token -> Response.ok(token)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build());
    }
}
