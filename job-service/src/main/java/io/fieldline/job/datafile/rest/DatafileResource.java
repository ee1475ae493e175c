package io.fieldline.job.datafile.rest;

import io.fieldline.job.datafile.Datafile;
import io.fieldline.job.datafile.mapping.DatafileMapper;
import io.fieldline.job.datafile.service.DatafileService;
import io.fieldline.job.datafile.service.DownloadLinks;
import io.fieldline.job.datafile.service.UploadedFile;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.list.ParameterErrors;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /v3/datafiles} (seed: Files and Photos): upload a file as {@code multipart/form-data} (part {@code file}),
 * read it by uid through a short-lived signed link.
 */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/datafiles")
@Produces(MediaType.APPLICATION_JSON)
public class DatafileResource {

    private final DatafileService datafiles;
    private final DownloadLinks links;
    private final PublicBaseUrl publicBaseUrl;
    private final CurrentPrincipal principal;

    public DatafileResource(DatafileService datafiles, DownloadLinks links, PublicBaseUrl publicBaseUrl,
                            CurrentPrincipal principal) {
        this.datafiles = datafiles;
        this.links = links;
        this.publicBaseUrl = publicBaseUrl;
        this.principal = principal;
    }

    /**
     * Stores the {@code file} part (written to disk by the HTTP layer, never held whole in memory): 201 with the
     * datafile, its MIME type detected from the content; 413 above the size limit; 422 when there is no {@code file}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed("datafiles:write")
    public Uni<Response> upload(@RestForm("file") FileUpload file) {
        if (file == null) {
            new FieldErrors().add("file", "is required: send the file as the multipart/form-data part \"file\"")
                    .throwIfAny();
        }
        return datafiles.upload(Tenancy.of(principal.get()),
                        new UploadedFile(file.uploadedFile(), file.fileName(), file.size()))
                .map(datafile -> Response.created(URI.create("/v3/datafiles/" + datafile.uid()))
                        .entity(new DatafileView.Envelope(DatafileMapper.toView(datafile))).build());
    }

    /** 302 to a short-lived signed link that serves the file's content without a token; 404 outside the account. */
    @GET
    @Path("/{uid}")
    @RolesAllowed("datafiles:read")
    public Uni<Response> get(@PathParam("uid") String uid, @Context HttpHeaders headers, @Context UriInfo request) {
        return datafiles.get(Tenancy.of(principal.get()), parseUid(uid)).map(datafile -> Response.status(302)
                .location(links.linkFor(publicBaseUrl.of(headers, request), datafile.uid())).build());
    }

    /**
     * The file's content with its stored type, as an attachment, streamed chunk by chunk; 403 for a link that was
     * changed or has expired.
     */
    @GET
    @Path("/{uid}/content")
    @PermitAll
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public RestMulti<byte[]> content(@PathParam("uid") String uid, @RestQuery String expires,
                                     @RestQuery String signature) {
        parseUid(uid);
        ParameterErrors errors = new ParameterErrors();
        if (expires == null || !expires.matches("[0-9]{1,12}")) {
            errors.add("expires", "is required: the link's expiry in epoch seconds, as the link has it");
        }
        if (signature == null || signature.isEmpty()) {
            errors.add("signature", "is required: the link's signature, as the link has it");
        }
        errors.throwIfAny();
        Uni<Datafile> datafile = datafiles.signed(uid, Long.parseLong(expires), signature);
        return RestMulti.fromUniResponse(datafile, found -> datafiles.content(found).map(chunk -> chunk.getBytes()),
                DatafileResource::downloadHeaders, found -> 200);
    }

    private static Map<String, List<String>> downloadHeaders(Datafile datafile) {
        return Map.of(HttpHeaders.CONTENT_TYPE, List.of(datafile.mimeType()),
                "Content-Disposition", List.of(ContentDisposition.attachment(datafile.filename())),
                "X-Content-Type-Options", List.of("nosniff"),
                HttpHeaders.CACHE_CONTROL, List.of("private, no-store"));
    }

    private static UUID parseUid(String uid) {
        if (!uid.matches(Datafile.UID_PATTERN)) {
            throw ApiException.notFound("Datafile");
        }
        return UUID.fromString(uid);
    }
}
