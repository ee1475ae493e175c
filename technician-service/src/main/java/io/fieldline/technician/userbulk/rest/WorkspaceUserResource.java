package io.fieldline.technician.userbulk.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.RequestIds;
import io.fieldline.surfaces.Surface;
import io.fieldline.technician.userbulk.mapping.UserChanges;
import io.fieldline.technician.userbulk.mapping.UserProperties;
import io.fieldline.technician.userbulk.mapping.WorkspaceUserMapper;
import io.fieldline.technician.userbulk.repository.UserFeed;
import io.fieldline.technician.userbulk.service.Upserted;
import io.fieldline.technician.userbulk.service.WorkspaceUserService;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /{workspace}/api/user}: the users bulk API (seed: {@code users-bulk-api.txt}) of a workspace, which is the
 * credential's account (another one is a 404). Users by external id, one at a time or in lists, in JSON or XML by
 * {@code Content-Type} and {@code Accept}; errors in the surface's {@code {"error": {...}, "request_id"}}. A body is
 * checked before the workspace, as its faults are its own and say nothing of any account.
 */
@Surface(ApiSurface.USERS_BULK)
@Path("/{workspace: [0-9]+}/api/user")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class WorkspaceUserResource {

    /** The header naming where the feed goes on from this page, now or later. */
    public static final String CURSOR_HEADER = "Fieldline-Cursor";

    private final WorkspaceUserService users;
    private final UserFeed feed;
    private final UserBodies bodies;
    private final CurrentPrincipal principal;

    public WorkspaceUserResource(WorkspaceUserService users, UserFeed feed, UserBodies bodies,
                                 CurrentPrincipal principal) {
        this.users = users;
        this.feed = feed;
        this.bodies = bodies;
        this.principal = principal;
    }

    /**
     * The workspace's users changed since {@code modifiedsince} (all of them without it), archived ones included, in
     * the order their changes committed, at most {@code limit} a page (seed: "Working with Lists of Users"). The
     * {@value #CURSOR_HEADER} header is where the feed goes on: pass it as {@code cursor}, at once while a
     * {@code Link: <...>; rel="next"} says more waits, or later for what changed meanwhile.
     */
    @GET
    @RolesAllowed("users:read")
    @Parameter(name = FeedQuery.MODIFIED_SINCE, in = ParameterIn.QUERY,
            description = "Users changed at or after this ISO-8601 time (UTC)", example = "2017-01-30T18:43:22Z")
    @Parameter(name = FeedQuery.CURSOR, in = ParameterIn.QUERY,
            description = "Where the previous page ended: its " + CURSOR_HEADER + " header")
    @Parameter(name = FeedQuery.LIMIT, in = ParameterIn.QUERY, description = "Users per page",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100", maximum = "100", minimum = "1"))
    public Uni<Response> list(@PathParam("workspace") long workspace, @Context UriInfo uri,
                              @Context HttpHeaders headers) {
        TokenPrincipal caller = of(workspace);
        FeedQuery query = FeedQuery.read(uri.getQueryParameters());
        return feed.changedAfter(Tenancy.of(caller), query.after(), query.since(), query.limit()).map(page -> {
            Response.ResponseBuilder answer = answer(Response.ok(), page.users(), answersXml(headers, false))
                    .header(CURSOR_HEADER, page.next().cursor());
            if (page.more()) {
                answer.header(HttpHeaders.LINK, "<" + collection(workspace) + "?" + FeedQuery.CURSOR + "="
                        + page.next().cursor() + "&" + FeedQuery.LIMIT + "=" + query.limit() + ">; rel=\"next\"");
            }
            return answer.build();
        });
    }

    /**
     * Creates or updates one user ({@code {...}}, {@code <User>}: 201 or 200 with the user), or each user of a list
     * ({@code [...]}, {@code <ArrayOfUser>}) on its own: 200 with each one's {@link UserOutcome}, in the order sent.
     */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed("users:write")
    public Uni<Response> upsert(@PathParam("workspace") long workspace, byte[] body, @Context HttpHeaders headers,
                                @HeaderParam(RequestIds.HEADER) String requestId) {
        UserBodies.Body read = bodies.read(body, headers.getMediaType());
        boolean xml = answersXml(headers, read.xml());
        if (!read.list()) {
            UserChanges changes = UserProperties.read(read.users().get(0), read.xml());
            return upsertOne(of(workspace), workspace, changes, xml);
        }
        TokenPrincipal caller = of(workspace);
        return Multi.createFrom().range(0, read.users().size())
                .onItem().transformToUniAndConcatenate(index -> outcome(caller, index, read.users().get(index),
                        read.xml(), requestId))
                .collect().asList()
                .map(outcomes -> answer(Response.ok(), outcomes, xml).build());
    }

    /** The user with this external id, unless archived (seed: "Working with Single Users", Example 1). */
    @GET
    @Path("/{externalid}")
    @RolesAllowed("users:read")
    public Uni<Response> get(@PathParam("workspace") long workspace, @PathParam("externalid") String externalId,
                             @Context HttpHeaders headers) {
        TokenPrincipal caller = of(workspace);
        return feed.byExternalId(Tenancy.of(caller), externalId).map(user -> answer(Response.ok(),
                user.orElseThrow(() -> ApiException.notFound("User")), answersXml(headers, false)).build());
    }

    /**
     * Creates or updates the user with this external id (seed: Example 2); an archived one is restored. A body naming
     * another {@code ExternalId} is a 422.
     */
    @POST
    @Path("/{externalid}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @RolesAllowed("users:write")
    public Uni<Response> upsertByExternalId(@PathParam("workspace") long workspace,
                                            @PathParam("externalid") String externalId, byte[] body,
                                            @Context HttpHeaders headers) {
        UserBodies.Body read = bodies.read(body, headers.getMediaType());
        if (read.list()) {
            new FieldErrors().add("body", "must be one user: send lists to the workspace's user list").throwIfAny();
        }
        UserChanges changes = UserProperties.read(read.users().get(0), read.xml());
        if (changes.externalId().isPresent() && !changes.externalId().get().equals(externalId)) {
            new FieldErrors().add("ExternalId", "must be the external id of the path, or left out").throwIfAny();
        }
        return upsertOne(of(workspace), workspace, changes.withExternalId(externalId), answersXml(headers, read.xml()));
    }

    /**
     * Archives the user with this external id (seed: Example 3, "moved to the archived objects collection"): 204. A
     * POST with its external id restores it.
     */
    @DELETE
    @Path("/{externalid}")
    @RolesAllowed("users:write")
    public Uni<Response> archive(@PathParam("workspace") long workspace, @PathParam("externalid") String externalId) {
        return users.archive(of(workspace), externalId).replaceWith(Response.noContent().build());
    }

    private Uni<Response> upsertOne(TokenPrincipal caller, long workspace, UserChanges changes, boolean xml) {
        return users.upsert(caller, changes).map(written -> {
            Response.ResponseBuilder status = written.created() && written.workspaceUser().externalId != null
                    ? Response.created(URI.create(collection(workspace) + "/"
                    + URLEncoder.encode(written.workspaceUser().externalId, StandardCharsets.UTF_8).replace("+", "%20")))
                    : written.created() ? Response.status(Response.Status.CREATED) : Response.ok();
            return answer(status, view(written), xml).build();
        });
    }

    /** One user of a list, written on its own: what became of it, a refusal included. */
    private Uni<UserOutcome> outcome(TokenPrincipal caller, int index, JsonNode user, boolean xml, String requestId) {
        String externalId = user.path("ExternalId").isTextual() ? user.path("ExternalId").asText().strip() : null;
        return Uni.createFrom().deferred(() -> users.upsert(caller, UserProperties.read(user, xml)))
                .map(written -> new UserOutcome(index, externalId, written.created() ? 201 : 200, view(written), null))
                .onFailure().recoverWithItem(failure -> {
                    ApiException refusal = failure instanceof ApiException refused ? refused
                            : ApiException.unexpected(failure, requestId);
                    Map<String, Object> body = ApiSurface.USERS_BULK.errorBody(refusal.problem(requestId));
                    return new UserOutcome(index, externalId, ApiSurface.USERS_BULK.status(refusal.problem(requestId)),
                            null, castError(body.get("error")));
                });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castError(Object error) {
        return (Map<String, Object>) error;
    }

    private Response.ResponseBuilder answer(Response.ResponseBuilder status, Object entity, boolean xml) {
        return status.entity(bodies.write(entity, xml))
                .type(xml ? MediaType.APPLICATION_XML_TYPE : MediaType.APPLICATION_JSON_TYPE);
    }

    private static WorkspaceUserView view(Upserted written) {
        return WorkspaceUserMapper.toView(written.user(), written.workspaceUser());
    }

    /** The caller, when the workspace is its account: another account's workspace is not found (ARCHITECTURE.md). */
    private TokenPrincipal of(long workspace) {
        TokenPrincipal caller = principal.get();
        if (caller.accountId() != workspace) {
            throw ApiException.notFound("Workspace");
        }
        return caller;
    }

    /**
     * Whether to answer in XML: the first type {@code Accept} prefers that this API writes decides; a wildcard, or no
     * {@code Accept}, answers in the request's own format (JSON for a request without a body).
     */
    private static boolean answersXml(HttpHeaders headers, boolean requestXml) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardSubtype()) {
                return requestXml;
            }
            if (UserBodies.isXml(accepted)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return requestXml;
    }

    private static String collection(long workspace) {
        return "/" + workspace + "/api/user";
    }
}
