package io.fieldline.job.organization.repository;

import io.fieldline.job.sql.TenancyScopedRows;
import io.fieldline.job.location.LocationJson;
import io.fieldline.job.organization.Organization;
import io.fieldline.platform.list.AttributeType;
import io.fieldline.platform.list.Filter;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.list.ListQuery;
import io.fieldline.platform.list.ListRequest;
import io.fieldline.platform.list.ListSpec;
import io.fieldline.platform.security.Tenancy;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

import static io.fieldline.job.sql.SqlTimes.instant;
import static io.fieldline.job.sql.SqlTimes.utc;
import static io.fieldline.platform.list.Predicate.CONTAINS;

/**
 * The {@code organization} table. Every query is scoped by account and, for a user token, by the user's own
 * organization; deleted organizations are found by none of them.
 */
@ApplicationScoped
public class OrganizationRepository {

    /** {@code GET /v3/organizations} for a job source (seed: Organizations, "Query Parameters"). */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(
            Filter.on("external_ids", "external_ids", AttributeType.TEXT_ELEMENTS, CONTAINS));
    /** {@code GET /v3/organizations} for a user token: external ids are a job-source feature (seed: "External IDs"). */
    public static final ListSpec<LimitOffset> LIST_FOR_USERS = ListSpec.limitOffset();

    private static final String COLUMNS = """
            id, account_id, name, email, phone_number, address::text AS address, logo_token, external_ids, network,
            create_user, version, created_at, updated_at, deleted_at""";
    private static final String VISIBLE = "SELECT " + COLUMNS + " FROM organization"
            + " WHERE id = $1 AND account_id = $2 AND ($3::bigint IS NULL OR id = $3) AND deleted_at IS NULL";
    private static final String IN_ACCOUNT = "SELECT " + COLUMNS + " FROM organization WHERE id = $1 AND account_id = $2";
    private static final String BY_EXTERNAL_ID = "SELECT " + COLUMNS + " FROM organization"
            + " WHERE account_id = $1 AND external_ids && $2::text[] AND deleted_at IS NULL ORDER BY id LIMIT 1 FOR UPDATE";
    private static final String INSERT = """
            INSERT INTO organization (account_id, name, email, phone_number, address, logo_token, external_ids,
                                      network, create_user, version, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7::text[], $8, $9, $10, $11, $12) RETURNING id""";
    private static final String UPDATE = """
            UPDATE organization SET name = $3, email = $4, phone_number = $5, address = $6::text::jsonb,
                   logo_token = $7, external_ids = $8::text[], network = $9, version = $10, updated_at = $11,
                   deleted_at = $12
             WHERE id = $1 AND account_id = $2""";
    /** One transaction at a time looks an account's organizations up by external id and creates one. */
    private static final String LOCK_EXTERNAL_IDS = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

    private final Pool pool;
    private final LocationJson locations;

    public OrganizationRepository(Pool pool, LocationJson locations) {
        this.pool = pool;
        this.locations = locations;
    }

    /** The live organization {@code id} of the tenancy (for a user, only its own); null when there is none such. */
    public Uni<Organization> findVisible(SqlClient client, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(client, VISIBLE, tenancy, id, this::first);
    }

    /** The account's organization {@code id}, deleted or not; null when the account has none such. */
    public Uni<Organization> findInAccount(long accountId, long id) {
        return pool.preparedQuery(IN_ACCOUNT).execute(Tuple.of(id, accountId)).map(this::first);
    }

    /** The live organization {@code id} of the tenancy, locked until the transaction ends; null when none such. */
    public Uni<Organization> findVisibleForUpdate(SqlClient transaction, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(transaction, VISIBLE + " FOR UPDATE", tenancy, id, this::first);
    }

    /**
     * The account's live organization with one of {@code externalIds} (the lowest id if several), locked; null when
     * none has one. Holds the account's external-id lock until the transaction ends, so that two requests with the
     * same new external id cannot both create an organization.
     */
    public Uni<Organization> lockByExternalIds(SqlClient transaction, long accountId, List<String> externalIds) {
        return transaction.preparedQuery(LOCK_EXTERNAL_IDS).execute(Tuple.of("organization-external-ids:" + accountId))
                .chain(() -> transaction.preparedQuery(BY_EXTERNAL_ID)
                        .execute(Tuple.of(accountId, externalIds.toArray(String[]::new))))
                .map(this::first);
    }

    /** Writes a new organization and sets its id. */
    public Uni<Organization> insert(SqlClient transaction, Organization organization) {
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(organization.accountId,
                        organization.name, organization.email, organization.phoneNumber,
                        locations.write(organization.address), organization.logoToken,
                        organization.externalIds.toArray(String[]::new), organization.network, organization.createUser,
                        organization.version, utc(organization.createdAt), utc(organization.updatedAt))))
                .map(rows -> {
                    organization.id = rows.iterator().next().getLong("id");
                    return organization;
                });
    }

    /** Writes every changeable attribute of a stored organization. */
    public Uni<Organization> update(SqlClient transaction, Organization organization) {
        return transaction.preparedQuery(UPDATE).execute(Tuple.from(Arrays.asList(organization.id,
                        organization.accountId, organization.name, organization.email, organization.phoneNumber,
                        locations.write(organization.address), organization.logoToken,
                        organization.externalIds.toArray(String[]::new), organization.network, organization.version,
                        utc(organization.updatedAt), utc(organization.deletedAt))))
                .replaceWith(organization);
    }

    /** A page of the tenancy's live organizations by id, and how many match in all. */
    public Uni<ListPage<Organization, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        return ListQuery.forTenant(tenancy, "account_id", "id").select(COLUMNS).from("organization")
                .where("deleted_at IS NULL").orderBy("id").fetch(pool, request, this::organization);
    }

    private Organization first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : organization(rows.iterator().next());
    }

    private Organization organization(Row row) {
        Organization organization = new Organization();
        organization.id = row.getLong("id");
        organization.accountId = row.getLong("account_id");
        organization.name = row.getString("name");
        organization.email = row.getString("email");
        organization.phoneNumber = row.getString("phone_number");
        organization.address = locations.read(row.getString("address"));
        organization.logoToken = row.getString("logo_token");
        organization.externalIds = List.of(row.getArrayOfStrings("external_ids"));
        organization.network = row.getString("network");
        organization.createUser = row.getBoolean("create_user");
        organization.version = row.getLong("version");
        organization.createdAt = instant(row.getOffsetDateTime("created_at"));
        organization.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        organization.deletedAt = instant(row.getOffsetDateTime("deleted_at"));
        return organization;
    }
}
