package io.fieldline.job.brand.repository;

import io.fieldline.job.brand.Brand;
import io.fieldline.job.brand.rest.BrandView;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.fieldline.platform.security.Tenancy;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

/** Brands, always within the caller's account. */
@ApplicationScoped
public class BrandRepository implements PanacheRepository<Brand> {

    /** The list's parameters (seed: Brands, "List Brands": no filters): {@code limit} and {@code offset}. */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset();

    private final Pool pool;

    public BrandRepository(Pool pool) {
        this.pool = pool;
    }

    /** The account's brand of this id, or null. */
    public Uni<Brand> findOfAccount(long accountId, long id) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResult();
    }

    /** A page of the account's brands, by id, and how many there are in all. */
    public Uni<ListPage<BrandView, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        return ListQuery.forAccount(tenancy, "account_id")
                .select("id, name, phone_number, logo_token, email").from("brand").orderBy("id")
                .fetch(pool, request, BrandRepository::view);
    }

    private static BrandView view(Row row) {
        return new BrandView(row.getLong("id"), row.getString("name"), row.getString("phone_number"),
                row.getUUID("logo_token") == null ? null : row.getUUID("logo_token").toString(), row.getString("email"));
    }
}
