package io.fieldline.job.job.repository;

import io.fieldline.job.sql.TenancyScopedRows;
import io.fieldline.job.job.Job;
import io.fieldline.job.job.JobStatus;
import io.fieldline.job.location.LocationJson;
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
import java.util.stream.Stream;

import static io.fieldline.job.sql.SqlTimes.instant;
import static io.fieldline.job.sql.SqlTimes.utc;
import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;
import static io.fieldline.platform.list.Predicate.IN;
import static io.fieldline.platform.list.Predicate.NOT_EQ;

/**
 * The {@code job} table. Every query is scoped by account and, for a user token, by the user's organization.
 */
@ApplicationScoped
public class JobRepository {

    private static final Filter[] SHARED_FILTERS = {
            Filter.on("brand_id", "brand_id", AttributeType.LONG, EQ),
            Filter.on("customer_id", "customer_id", AttributeType.LONG, EQ, IN),
            Filter.on("organization_id", "organization_id", AttributeType.LONG, EQ, IN),
            Filter.on("status", "status", AttributeType.words(JobStatus.ALL.toArray(String[]::new)), EQ, IN, NOT_EQ)};

    /** {@code GET /v3/jobs} for a user token (seed: Jobs, "Query Parameters"; external ids are for job sources). */
    public static final ListSpec<LimitOffset> LIST_FOR_USERS = ListSpec.limitOffset(SHARED_FILTERS);
    /** {@code GET /v3/jobs} for a job source (seed: Jobs, "Query Parameters"). */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(Stream.concat(Arrays.stream(SHARED_FILTERS),
            Stream.of(Filter.on("external_ids", "external_ids", AttributeType.TEXT_ELEMENTS, CONTAINS)))
            .toArray(Filter[]::new));

    private static final String COLUMNS = """
            id, account_id, organization_id, customer_id, brand_id, title, description, service_type,
            address::text AS address, service_fee, status, status_message, external_ids, version, created_at,
            updated_at""";
    private static final String VISIBLE = "SELECT " + COLUMNS + " FROM job"
            + " WHERE id = $1 AND account_id = $2 AND ($3::bigint IS NULL OR organization_id = $3)";
    private static final String INSERT = """
            INSERT INTO job (account_id, organization_id, customer_id, brand_id, title, description, service_type,
                             address, service_fee, status, status_message, external_ids, version, created_at,
                             updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11, $12::text[], $13, $14, $15)
            RETURNING id""";
    private static final String UPDATE = """
            UPDATE job SET customer_id = $3, title = $4, description = $5, service_type = $6,
                   address = $7::text::jsonb, service_fee = $8, status = $9, status_message = $10,
                   version = $11, updated_at = $12
             WHERE id = $1 AND account_id = $2""";

    private final Pool pool;
    private final LocationJson locations;

    public JobRepository(Pool pool, LocationJson locations) {
        this.pool = pool;
        this.locations = locations;
    }

    /** The job {@code id} of the tenancy; null when there is none such. */
    public Uni<Job> findVisible(SqlClient client, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(client, VISIBLE, tenancy, id, this::first);
    }

    /** The job {@code id} of the tenancy, locked until the transaction ends; null when there is none such. */
    public Uni<Job> findVisibleForUpdate(SqlClient transaction, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(transaction, VISIBLE + " FOR UPDATE", tenancy, id, this::first);
    }

    /** Writes a new job and sets its id. */
    public Uni<Job> insert(SqlClient transaction, Job job) {
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(job.accountId, job.organizationId,
                        job.customerId, job.brandId, job.title, job.description, job.serviceType,
                        locations.write(job.address), job.serviceFee, job.status, job.statusMessage,
                        job.externalIds.toArray(String[]::new), job.version,
                        utc(job.createdAt), utc(job.updatedAt))))
                .map(rows -> {
                    job.id = rows.iterator().next().getLong("id");
                    return job;
                });
    }

    /** Writes every changeable attribute of a stored job. */
    public Uni<Job> update(SqlClient transaction, Job job) {
        return transaction.preparedQuery(UPDATE).execute(Tuple.from(Arrays.asList(job.id, job.accountId,
                        job.customerId, job.title, job.description, job.serviceType, locations.write(job.address),
                        job.serviceFee, job.status, job.statusMessage, job.version,
                        utc(job.updatedAt))))
                .replaceWith(job);
    }

    /** A page of the tenancy's jobs by id, and how many match in all. */
    public Uni<ListPage<Job, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        return ListQuery.forTenant(tenancy, "account_id", "organization_id").select(COLUMNS).from("job")
                .orderBy("id").fetch(pool, request, this::job);
    }

    private Job first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : job(rows.iterator().next());
    }

    private Job job(Row row) {
        Job job = new Job();
        job.id = row.getLong("id");
        job.accountId = row.getLong("account_id");
        job.organizationId = row.getLong("organization_id");
        job.customerId = row.getLong("customer_id");
        job.brandId = row.getLong("brand_id");
        job.title = row.getString("title");
        job.description = row.getString("description");
        job.serviceType = row.getString("service_type");
        job.address = locations.read(row.getString("address"));
        job.serviceFee = row.getDouble("service_fee");
        job.status = row.getString("status");
        job.statusMessage = row.getString("status_message");
        job.externalIds = List.of(row.getArrayOfStrings("external_ids"));
        job.version = row.getLong("version");
        job.createdAt = instant(row.getOffsetDateTime("created_at"));
        job.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        return job;
    }
}
