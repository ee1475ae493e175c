package io.fieldline.job.brand.rest;

import io.fieldline.job.brand.mapping.BrandMapper;
import io.fieldline.job.brand.repository.BrandRepository;
import io.fieldline.job.brand.service.BrandService;
import io.fieldline.job.brand.service.NewBrand;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.security.CurrentPrincipal;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.surfaces.ApiSurface;
import io.fieldline.surfaces.Surface;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.Map;

/** {@code /v3/brands} (seed: Brands): the brands of a job source's account; a user token gets 403 on every route. */
@Surface(ApiSurface.DISPATCH_V3)
@Path("/v3/brands")
@Produces(MediaType.APPLICATION_JSON)
public class BrandResource {

    private final BrandService brands;
    private final CurrentPrincipal principal;

    public BrandResource(BrandService brands, CurrentPrincipal principal) {
        this.brands = brands;
        this.principal = principal;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("brands:write")
    public Uni<Response> create(@NotNull(message = "is required") @Valid CreateBrandRequest request) {
        return brands.create(tenancy(), NewBrand.of(request))
                .map(brand -> Response.created(URI.create("/v3/brands/" + brand.id))
                        .entity(new BrandView.Envelope(BrandMapper.toView(brand))).build());
    }

    /** {@code {"brands": [...], "meta": {"total", "limit", "offset"}}}, by id; {@code limit} at most 100. */
    @GET
    @RolesAllowed("brands:read")
    public Uni<Map<String, Object>> list(@Context UriInfo uri) {
        return brands.list(tenancy(), BrandRepository.LIST.read(uri.getQueryParameters()))
                .map(page -> page.envelope("brands"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("brands:read")
    public Uni<BrandView.Envelope> get(@PathParam("id") String id) {
        return brands.get(tenancy(), parseId(id)).map(brand -> new BrandView.Envelope(BrandMapper.toView(brand)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("brands:write")
    public Uni<BrandView.Envelope> update(@PathParam("id") String id,
                                          @NotNull(message = "is required") @Valid UpdateBrandRequest changes) {
        return brands.update(tenancy(), parseId(id), changes)
                .map(brand -> new BrandView.Envelope(BrandMapper.toView(brand)));
    }

    /** Seed: Brands, "Delete Brand": the brand's jobs show the account-level branding from then on. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed("brands:write")
    public Uni<Response> delete(@PathParam("id") String id) {
        return brands.delete(tenancy(), parseId(id)).replaceWith(Response.noContent().build());
    }

    private Tenancy tenancy() {
        return Tenancy.of(principal.get());
    }

    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.notFound("Brand");
        }
        return Long.parseLong(id);
    }
}
