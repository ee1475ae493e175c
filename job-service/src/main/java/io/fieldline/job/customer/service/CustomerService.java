package io.fieldline.job.customer.service;

import io.fieldline.events.CustomerEvent;
import io.fieldline.events.EventType;
import io.fieldline.job.customer.Customer;
import io.fieldline.job.customer.mapping.CustomerMapper;
import io.fieldline.job.customer.repository.CustomerRepository;
import io.fieldline.job.customer.rest.CreateCustomerRequest;
import io.fieldline.job.customer.rest.UpdateCustomerRequest;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.organization.service.OrganizationService;
import io.fieldline.job.sql.SqlTimes;
import io.fieldline.platform.errors.ApiException;
import io.fieldline.platform.errors.FieldErrors;
import io.fieldline.platform.list.LimitOffset;
import io.fieldline.platform.list.ListPage;
import io.fieldline.platform.outbox.ChangeEvent;
import io.fieldline.platform.outbox.Outbox;
import io.fieldline.platform.security.Tenancy;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The rules for customers (seed: Customers). A customer belongs to one live organization of the account (for a user
 * token, its own) and never moves to another. Creating a duplicate merges (see {@link #create}). Every change grows
 * the version and leaves with its event in the same transaction.
 */
@ApplicationScoped
public class CustomerService {

    /** A created customer, or the existing one a create duplicated and was merged onto. */
    public record Saved(Customer customer, boolean created) {
    }

    private static final String ORGANIZATION_ID = "organization_id";

    private final Pool pool;
    private final CustomerRepository customers;
    private final OrganizationService organizations;
    private final Outbox outbox;

    public CustomerService(Pool pool, CustomerRepository customers, OrganizationService organizations,
                           Outbox outbox) {
        this.pool = pool;
        this.customers = customers;
        this.organizations = organizations;
        this.outbox = outbox;
    }

    /**
     * Creates a customer, unless the organization already has one it duplicates: a customer sharing an external id,
     * else one with the same email (ignoring case), else one with one of its phone numbers and its last name. Then
     * the request's attributes are merged onto that customer (phone numbers and external ids united) and it comes
     * back instead.
     */
    public Uni<Saved> create(TokenPrincipal principal, CreateCustomerRequest request) {
        if (principal.isUser() && request.externalIds() != null) {
            new FieldErrors().add(ExternalIds.FIELD, ExternalIds.JOB_SOURCES_ONLY).throwIfAny();
        }
        Customer candidate = CustomerMapper.newCustomer(principal.accountId(), request, SqlTimes.now());
        return pool.withTransaction(transaction -> organizations.requireReachable(transaction, principal, candidate.organizationId)
                .chain(() -> customers.lockDuplicateOf(transaction, candidate))
                .chain(existing -> {
                    if (existing == null) {
                        return customers.insert(transaction, candidate)
                                .call(customer -> record(transaction, customer, CustomerEvent.CREATED))
                                .map(customer -> new Saved(customer, true));
                    }
                    return (CustomerMapper.merge(request, existing)
                            ? changed(transaction, existing, CustomerEvent.UPDATED, SqlTimes.now())
                            : Uni.createFrom().item(existing)).map(customer -> new Saved(customer, false));
                }));
    }

    /** The customer, if the principal may see it; 404 otherwise. */
    public Uni<Customer> get(TokenPrincipal principal, long id) {
        return customers.findVisible(pool, Tenancy.of(principal), id).onItem().ifNull().failWith(CustomerService::notFound);
    }

    /** A page of the customers the principal may see: the account's for a job source, its organization's for a user. */
    public Uni<ListPage<Customer, LimitOffset>> list(TokenPrincipal principal, Map<String, List<String>> query) {
        return customers.list(Tenancy.of(principal),
                (principal.isUser() ? CustomerRepository.LIST_FOR_USERS : CustomerRepository.LIST).read(query));
    }

    /** Applies the changes; {@code organization_id} is not updatable, and external ids are for job sources only. */
    public Uni<Customer> update(TokenPrincipal principal, long id, UpdateCustomerRequest changes) {
        FieldErrors errors = new FieldErrors();
        if (Patch.given(changes.organizationId())) {
            errors.add(ORGANIZATION_ID, "cannot be changed; a customer stays with its organization");
        }
        if (principal.isUser() && Patch.given(changes.externalIds())) {
            errors.add(ExternalIds.FIELD, ExternalIds.JOB_SOURCES_ONLY);
        }
        errors.throwIfAny();
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(customer ->
                CustomerMapper.applyChanges(changes, customer)
                        ? changed(transaction, customer, CustomerEvent.UPDATED, SqlTimes.now())
                        : Uni.createFrom().item(customer)));
    }

    /** Soft delete: the customer leaves the API; its history stays. */
    public Uni<Void> delete(TokenPrincipal principal, long id) {
        return pool.withTransaction(transaction -> locked(transaction, principal, id).chain(customer -> {
            Instant now = SqlTimes.now();
            customer.deletedAt = now;
            return changed(transaction, customer, CustomerEvent.DELETED, now);
        })).replaceWithVoid();
    }

    private Uni<Customer> locked(SqlConnection transaction, TokenPrincipal principal, long id) {
        return customers.findVisibleForUpdate(transaction, Tenancy.of(principal), id)
                .onItem().ifNull().failWith(CustomerService::notFound);
    }

    private Uni<Customer> changed(SqlConnection transaction, Customer customer, EventType<CustomerEvent> type,
                                  Instant now) {
        customer.version++;
        customer.updatedAt = now;
        return customers.update(transaction, customer).call(saved -> record(transaction, saved, type));
    }

    private Uni<Void> record(SqlConnection transaction, Customer customer, EventType<CustomerEvent> type) {
        return outbox.record(transaction, new ChangeEvent<>(type, String.valueOf(customer.id), customer.accountId,
                CustomerMapper.toEvent(customer)));
    }

    private static ApiException notFound() {
        return ApiException.notFound("Customer");
    }
}
