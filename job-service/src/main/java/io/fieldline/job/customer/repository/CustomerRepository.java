package io.fieldline.job.customer.repository;

import io.fieldline.job.sql.TenancyScopedRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.job.customer.Customer;
import io.fieldline.job.customer.CustomerPhoneNumber;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.fieldline.job.sql.SqlTimes.instant;
import static io.fieldline.job.sql.SqlTimes.utc;
import static io.fieldline.platform.list.Predicate.CONTAINS;
import static io.fieldline.platform.list.Predicate.EQ;

/**
 * The {@code customer} table. Every query is scoped by account and, for a user token, by the user's organization;
 * deleted customers are found by none of them.
 */
@ApplicationScoped
public class CustomerRepository {

    // a customer's email is one customer whatever its case, as the duplicate rule already says
    private static final Filter EMAIL = Filter.on("email", "lower(email)", AttributeType.TEXT_IGNORING_CASE, EQ);
    private static final Filter ORGANIZATION = Filter.on("organization_id", "organization_id", AttributeType.LONG, EQ);

    /** {@code GET /v3/customers} for a job source (seed: Customers, "Query Parameters"). */
    public static final ListSpec<LimitOffset> LIST = ListSpec.limitOffset(EMAIL, ORGANIZATION,
            Filter.on("external_id", "external_ids", AttributeType.TEXT_ELEMENTS, CONTAINS));
    /** {@code GET /v3/customers} for a user token: external ids are a job-source feature (seed: "External IDs"). */
    public static final ListSpec<LimitOffset> LIST_FOR_USERS = ListSpec.limitOffset(EMAIL, ORGANIZATION);

    private static final TypeReference<List<CustomerPhoneNumber>> PHONE_NUMBERS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, account_id, organization_id, first_name, last_name, company_name, notes, email,
            phone_numbers::text AS phone_numbers, home_address::text AS home_address,
            billing_address::text AS billing_address, external_ids, version, created_at, updated_at, deleted_at""";
    private static final String VISIBLE = "SELECT " + COLUMNS + " FROM customer"
            + " WHERE id = $1 AND account_id = $2 AND ($3::bigint IS NULL OR organization_id = $3)"
            + " AND deleted_at IS NULL";
    /**
     * The duplicate of a new customer within its organization: one sharing an external id, else one with the same
     * email ignoring case, else one with a phone number and the last name (ignoring case); the lowest id of the best
     * kind.
     */
    private static final String DUPLICATE = "SELECT " + COLUMNS + " FROM customer"
            + " WHERE account_id = $1 AND organization_id = $2 AND deleted_at IS NULL"
            + " AND (external_ids && $3::text[]"
            + " OR lower(email) = lower($4::text)"
            + " OR (lower(last_name) = lower($5::text) AND EXISTS (SELECT 1 FROM jsonb_array_elements(phone_numbers) p"
            + " WHERE p->>'number' = ANY($6::text[]))))"
            + " ORDER BY CASE WHEN external_ids && $3::text[] THEN 0 WHEN lower(email) = lower($4::text) THEN 1 ELSE 2 END,"
            + " id LIMIT 1 FOR UPDATE";
    private static final String BY_IDS = "SELECT " + COLUMNS + " FROM customer WHERE account_id = $1 AND id = ANY($2)";
    /** One transaction at a time looks for an organization's duplicate customer and creates one. */
    private static final String LOCK_DUPLICATES = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";
    private static final String INSERT = """
            INSERT INTO customer (account_id, organization_id, first_name, last_name, company_name, notes, email,
                                  phone_numbers, home_address, billing_address, external_ids, version, created_at,
                                  updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, $10::text::jsonb, $11::text[], $12,
                    $13, $14) RETURNING id""";
    private static final String UPDATE = """
            UPDATE customer SET first_name = $3, last_name = $4, company_name = $5, notes = $6, email = $7,
                   phone_numbers = $8::text::jsonb, home_address = $9::text::jsonb, billing_address = $10::text::jsonb,
                   external_ids = $11::text[], version = $12, updated_at = $13, deleted_at = $14
             WHERE id = $1 AND account_id = $2""";

    private final Pool pool;
    private final LocationJson locations;
    private final ObjectMapper json;

    public CustomerRepository(Pool pool, LocationJson locations, ObjectMapper json) {
        this.pool = pool;
        this.locations = locations;
        this.json = json;
    }

    /** The live customer {@code id} of the tenancy; null when there is none such. */
    public Uni<Customer> findVisible(SqlClient client, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(client, VISIBLE, tenancy, id, this::first);
    }

    /** The live customer {@code id} of the tenancy, locked until the transaction ends; null when there is none such. */
    public Uni<Customer> findVisibleForUpdate(SqlClient transaction, Tenancy tenancy, long id) {
        return TenancyScopedRows.byId(transaction, VISIBLE + " FOR UPDATE", tenancy, id, this::first);
    }

    /** The account's customers of these ids, deleted ones too, by id: what a job embeds. */
    public Uni<Map<Long, Customer>> findByIds(SqlClient client, long accountId, Collection<Long> ids) {
        return client.preparedQuery(BY_IDS).execute(Tuple.of(accountId, ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Customer> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.getLong("id"), customer(row)));
            return byId;
        });
    }

    /**
     * The live customer of the organization that {@code candidate} duplicates (see {@link #DUPLICATE}), locked; null
     * when there is none. Holds the organization's duplicate lock until the transaction ends, so that two requests for
     * the same new customer cannot both create one.
     */
    public Uni<Customer> lockDuplicateOf(SqlClient transaction, Customer candidate) {
        String[] numbers = candidate.phoneNumbers.stream().map(CustomerPhoneNumber::number).toArray(String[]::new);
        return transaction.preparedQuery(LOCK_DUPLICATES)
                .execute(Tuple.of("customer-duplicates:" + candidate.organizationId))
                .chain(() -> transaction.preparedQuery(DUPLICATE).execute(Tuple.from(Arrays.asList(
                        candidate.accountId, candidate.organizationId, candidate.externalIds.toArray(String[]::new),
                        candidate.email, candidate.lastName, numbers))))
                .map(this::first);
    }

    /** Writes a new customer and sets its id. */
    public Uni<Customer> insert(SqlClient transaction, Customer customer) {
        return transaction.preparedQuery(INSERT).execute(Tuple.from(Arrays.asList(customer.accountId,
                        customer.organizationId, customer.firstName, customer.lastName, customer.companyName,
                        customer.notes, customer.email, write(customer.phoneNumbers), locations.write(customer.homeAddress),
                        locations.write(customer.billingAddress), customer.externalIds.toArray(String[]::new),
                        customer.version, utc(customer.createdAt), utc(customer.updatedAt))))
                .map(rows -> {
                    customer.id = rows.iterator().next().getLong("id");
                    return customer;
                });
    }

    /** Writes every changeable attribute of a stored customer. */
    public Uni<Customer> update(SqlClient transaction, Customer customer) {
        return transaction.preparedQuery(UPDATE).execute(Tuple.from(Arrays.asList(customer.id, customer.accountId,
                        customer.firstName, customer.lastName, customer.companyName, customer.notes, customer.email,
                        write(customer.phoneNumbers), locations.write(customer.homeAddress),
                        locations.write(customer.billingAddress), customer.externalIds.toArray(String[]::new),
                        customer.version, utc(customer.updatedAt), utc(customer.deletedAt))))
                .replaceWith(customer);
    }

    /** A page of the tenancy's live customers by id, and how many match in all. */
    public Uni<ListPage<Customer, LimitOffset>> list(Tenancy tenancy, ListRequest<LimitOffset> request) {
        return ListQuery.forTenant(tenancy, "account_id", "organization_id").select(COLUMNS).from("customer")
                .where("deleted_at IS NULL").orderBy("id").fetch(pool, request, this::customer);
    }

    private Customer first(RowSet<Row> rows) {
        return rows.size() == 0 ? null : customer(rows.iterator().next());
    }

    private Customer customer(Row row) {
        Customer customer = new Customer();
        customer.id = row.getLong("id");
        customer.accountId = row.getLong("account_id");
        customer.organizationId = row.getLong("organization_id");
        customer.firstName = row.getString("first_name");
        customer.lastName = row.getString("last_name");
        customer.companyName = row.getString("company_name");
        customer.notes = row.getString("notes");
        customer.email = row.getString("email");
        customer.phoneNumbers = read(row.getString("phone_numbers"));
        customer.homeAddress = locations.read(row.getString("home_address"));
        customer.billingAddress = locations.read(row.getString("billing_address"));
        customer.externalIds = List.of(row.getArrayOfStrings("external_ids"));
        customer.version = row.getLong("version");
        customer.createdAt = instant(row.getOffsetDateTime("created_at"));
        customer.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        customer.deletedAt = instant(row.getOffsetDateTime("deleted_at"));
        return customer;
    }

    private String write(List<CustomerPhoneNumber> phoneNumbers) {
        try {
            return json.writeValueAsString(phoneNumbers);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("phone numbers are always writable as JSON", unwritable);
        }
    }

    private List<CustomerPhoneNumber> read(String column) {
        try {
            return List.copyOf(json.readValue(column, PHONE_NUMBERS));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("stored phone numbers are not phone number objects", unreadable);
        }
    }
}
