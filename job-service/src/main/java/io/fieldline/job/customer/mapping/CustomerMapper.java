package io.fieldline.job.customer.mapping;

import io.fieldline.events.CustomerEvent;
import io.fieldline.job.customer.Customer;
import io.fieldline.job.customer.CustomerPhoneNumber;
import io.fieldline.job.customer.rest.CreateCustomerRequest;
import io.fieldline.job.customer.rest.CustomerView;
import io.fieldline.job.customer.rest.UpdateCustomerRequest;
import io.fieldline.job.location.LocationJson;
import io.fieldline.job.location.Locations;
import io.fieldline.job.externalid.ExternalIds;
import io.fieldline.job.organization.mapping.Merges;
import io.fieldline.job.organization.mapping.OrganizationMapper;
import io.fieldline.platform.security.TokenPrincipal;
import io.fieldline.platform.validation.Patch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Maps a customer to what the API shows and what its events carry, and applies requests to it. */
public final class CustomerMapper {

    private CustomerMapper() {
    }

    /** The customer as {@code principal} sees it: external ids only for a job source. */
    public static CustomerView toView(Customer customer, TokenPrincipal principal) {
        return new CustomerView(customer.id, customer.organizationId, customer.firstName, customer.lastName,
                customer.companyName, customer.notes, customer.email, customer.phoneNumbers, customer.homeAddress,
                customer.billingAddress, principal.isUser() ? null : customer.externalIds);
    }

    public static CustomerEvent toEvent(Customer customer) {
        return new CustomerEvent(customer.id, customer.accountId, customer.organizationId, customer.firstName,
                customer.lastName, customer.companyName, customer.notes, customer.email,
                customer.phoneNumbers.stream().map(phone -> new CustomerEvent.PhoneNumberData(phone.number(),
                        phone.primary(), phone.type())).toList(),
                LocationJson.toEvent(customer.homeAddress), LocationJson.toEvent(customer.billingAddress),
                customer.externalIds, customer.deletedAt != null, customer.version, customer.createdAt,
                customer.updatedAt, customer.deletedAt);
    }

    /** A new customer of the account from a validated create body. */
    public static Customer newCustomer(long accountId, CreateCustomerRequest request, Instant now) {
        Customer customer = new Customer();
        customer.accountId = accountId;
        customer.organizationId = request.organizationId();
        customer.firstName = request.firstName().strip();
        customer.lastName = OrganizationMapper.blankToNull(request.lastName());
        customer.companyName = OrganizationMapper.blankToNull(request.companyName());
        customer.notes = OrganizationMapper.blankToNull(request.notes());
        customer.email = OrganizationMapper.blankToNull(request.email());
        customer.phoneNumbers = phoneNumbers(request.phoneNumbers());
        customer.homeAddress = Locations.normalize(request.homeAddress());
        customer.billingAddress = Locations.normalize(request.billingAddress());
        customer.externalIds = ExternalIds.normalize(request.externalIds());
        customer.createdAt = now;
        customer.updatedAt = now;
        return customer;
    }

    /**
     * Merges a create body onto the customer it duplicates: each attribute the body gives replaces the stored one;
     * phone numbers (by number, the body's entry winning) and external ids are united. Returns whether anything
     * changed.
     */
    public static boolean merge(CreateCustomerRequest request, Customer customer) {
        Customer requested = newCustomer(customer.accountId, request, customer.createdAt);
        boolean changed = Merges.replace(requested.firstName, customer.firstName, value -> customer.firstName = value);
        changed |= Merges.replace(requested.lastName, customer.lastName, value -> customer.lastName = value);
        changed |= Merges.replace(requested.companyName, customer.companyName, value -> customer.companyName = value);
        changed |= Merges.replace(requested.notes, customer.notes, value -> customer.notes = value);
        changed |= Merges.replace(requested.email, customer.email, value -> customer.email = value);
        changed |= Merges.replace(requested.homeAddress, customer.homeAddress, value -> customer.homeAddress = value);
        changed |= Merges.replace(requested.billingAddress, customer.billingAddress, value -> customer.billingAddress = value);
        changed |= Merges.replace(unite(customer.phoneNumbers, requested.phoneNumbers), customer.phoneNumbers,
                value -> customer.phoneNumbers = value);
        changed |= Merges.replace(ExternalIds.unite(customer.externalIds, request.externalIds()), customer.externalIds,
                value -> customer.externalIds = value);
        return changed;
    }

    /** Applies the attributes a validated PATCH body names; returns whether any stored attribute changed. */
    public static boolean applyChanges(UpdateCustomerRequest changes, Customer customer) {
        boolean changed = Patch.apply(changes.firstName(), String::strip, customer.firstName,
                value -> customer.firstName = value);
        changed |= Patch.apply(changes.lastName(), OrganizationMapper::blankToNull, customer.lastName,
                value -> customer.lastName = value);
        changed |= Patch.apply(changes.companyName(), OrganizationMapper::blankToNull, customer.companyName,
                value -> customer.companyName = value);
        changed |= Patch.apply(changes.notes(), OrganizationMapper::blankToNull, customer.notes,
                value -> customer.notes = value);
        changed |= Patch.apply(changes.email(), OrganizationMapper::blankToNull, customer.email,
                value -> customer.email = value);
        changed |= Patch.apply(changes.phoneNumbers(), CustomerMapper::phoneNumbers, customer.phoneNumbers,
                value -> customer.phoneNumbers = Objects.requireNonNullElse(value, List.of()));
        changed |= Patch.apply(changes.homeAddress(), Locations::normalize, customer.homeAddress,
                value -> customer.homeAddress = value);
        changed |= Patch.apply(changes.billingAddress(), Locations::normalize, customer.billingAddress,
                value -> customer.billingAddress = value);
        changed |= Patch.apply(changes.externalIds(), ExternalIds::normalize, customer.externalIds,
                value -> customer.externalIds = Objects.requireNonNullElse(value, List.of()));
        return changed;
    }

    /** The numbers normalized, each number once (the last entry for it wins), in the order first sent. */
    private static List<CustomerPhoneNumber> phoneNumbers(List<CustomerPhoneNumber> sent) {
        return sent == null ? List.of() : unite(List.of(), sent.stream().map(CustomerPhoneNumber::normalized).toList());
    }

    private static List<CustomerPhoneNumber> unite(List<CustomerPhoneNumber> stored, List<CustomerPhoneNumber> added) {
        Map<String, CustomerPhoneNumber> byNumber = new LinkedHashMap<>();
        stored.forEach(phone -> byNumber.put(phone.number(), phone));
        added.forEach(phone -> byNumber.put(phone.number(), phone));
        return List.copyOf(new ArrayList<>(byNumber.values()));
    }
}
