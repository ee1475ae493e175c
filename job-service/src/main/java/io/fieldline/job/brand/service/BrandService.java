package io.fieldline.job.brand.service;

import io.fieldline.events.BrandEvent;
import io.fieldline.events.EventType;
import io.fieldline.job.brand.Brand;
import io.fieldline.job.brand.mapping.BrandMapper;
import io.fieldline.job.brand.repository.BrandRepository;
import io.fieldline.job.brand.rest.BrandView;
import io.fieldline.job.brand.rest.UpdateBrandRequest;
import io.fieldline.job.datafile.repository.DatafileRepository;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.security.Tenancy;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The rules for brands (seed: Brands): only job sources reach them (a user token is a 403); a logo is a datafile of
 * the same account; every change grows the brand's version and leaves with its event in the same transaction. A
 * deleted brand is gone: its jobs fall back to the account-level branding.
 */
@ApplicationScoped
public class BrandService {

    private final BrandRepository brands;
    private final DatafileRepository datafiles;
    private final Outbox outbox;

    public BrandService(BrandRepository brands, DatafileRepository datafiles, Outbox outbox) {
        this.brands = brands;
        this.datafiles = datafiles;
        this.outbox = outbox;
    }

    public Uni<Brand> create(Tenancy tenancy, NewBrand request) {
        requireJobSource(tenancy);
        return requireLogo(tenancy, request.logoToken()).chain(() -> Panache.withTransaction(() ->
                brands.persist(newBrand(tenancy.accountId(), request)).call(brand -> record(brand, BrandEvent.CREATED))));
    }

    @WithSession
    public Uni<Brand> get(Tenancy tenancy, long id) {
        requireJobSource(tenancy);
        return visible(tenancy, id);
    }

    public Uni<ListPage<BrandView, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        requireJobSource(tenancy);
        return brands.list(tenancy, request);
    }

    public Uni<Brand> update(Tenancy tenancy, long id, UpdateBrandRequest changes) {
        requireJobSource(tenancy);
        return Panache.withTransaction(() -> visible(tenancy, id).call(brand -> {
            UUID logoBefore = brand.logoToken;
            if (!BrandMapper.applyChanges(changes, brand)) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> logoChecked = brand.logoToken == null || brand.logoToken.equals(logoBefore)
                    ? Uni.createFrom().voidItem() : requireLogo(tenancy, brand.logoToken);
            return logoChecked.chain(() -> changed(brand, BrandEvent.UPDATED));
        }));
    }

    /** Deletes the brand for good; its last state leaves in the deleted event. */
    public Uni<Void> delete(Tenancy tenancy, long id) {
        requireJobSource(tenancy);
        return Panache.withTransaction(() -> visible(tenancy, id)
                .call(brand -> changed(brand, BrandEvent.DELETED))
                .call(brands::delete)).replaceWithVoid();
    }

    private Uni<Brand> visible(Tenancy tenancy, long id) {
        return brands.findOfAccount(tenancy.accountId(), id).onItem().ifNull()
                .failWith(() -> ApiException.notFound("Brand"));
    }

    /** A logo is a datafile the account uploaded; datafiles never change, so checking before writing is enough. */
    private Uni<Void> requireLogo(Tenancy tenancy, UUID logoToken) {
        if (logoToken == null) {
            return Uni.createFrom().voidItem();
        }
        return datafiles.find(tenancy.accountId(), logoToken).invoke(found -> {
            if (found.isEmpty()) {
                new FieldErrors().add("logo_token", "must be the uid of a datafile of your account; "
                        + logoToken + " is none").throwIfAny();
            }
        }).replaceWithVoid();
    }

    private Uni<Void> changed(Brand brand, EventType<BrandEvent> eventType) {
        brand.version++;
        brand.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return record(brand, eventType);
    }

    private Uni<Void> record(Brand brand, EventType<BrandEvent> eventType) {
        return outbox.record(new ChangeEvent<>(eventType, String.valueOf(brand.id), brand.accountId,
                BrandMapper.toEvent(brand)));
    }

    /** Seed: Brands, "Brands are accessible only to job sources": a user token is refused. */
    private static void requireJobSource(Tenancy tenancy) {
        if (tenancy.organizationId().isPresent()) {
            throw new ApiException(403, "forbidden", "Brands are accessible only to job sources");
        }
    }

    private static Brand newBrand(long accountId, NewBrand request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Brand brand = new Brand();
        brand.accountId = accountId;
        brand.name = request.name();
        brand.phoneNumber = request.phoneNumber();
        brand.logoToken = request.logoToken();
        brand.email = request.email();
        brand.createdAt = now;
        brand.updatedAt = now;
        return brand;
    }
}
