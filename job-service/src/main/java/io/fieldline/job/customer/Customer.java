package io.fieldline.job.customer;

import io.fieldline.job.location.Location;

import java.time.Instant;
import java.util.List;

/**
 * The homeowner, landlord or other party the work is for (seed: Customers), within one organization of an account. A
 * deleted customer ({@code deletedAt}) is gone from the API.
 */
public class Customer {

    public long id;
    public long accountId;
    /** Never changes: another organization keeps its own copy of the customer (seed: Customers). */
    public long organizationId;
    public String firstName;
    public String lastName;
    public String companyName;
    public String notes;
    public String email;
    public List<CustomerPhoneNumber> phoneNumbers = List.of();
    public Location homeAddress;
    public Location billingAddress;
    /** The job source's ids of the customer, in the order first sent, each once. */
    public List<String> externalIds = List.of();
    /** Grows with every change; events carry it so consumers can ignore stale ones. */
    public long version = 1;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant deletedAt;
}
