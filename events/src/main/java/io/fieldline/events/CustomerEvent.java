package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * The data of a customer event on {@value #TOPIC}: the full customer after the change (a duplicate merged onto it is
 * an {@code updated}). {@code version} grows with every change. Data without an id, an account, an organization, a
 * version or {@code updated_at} is refused with an {@link IllegalArgumentException}.
 */
public record CustomerEvent(
        long id,
        @JsonProperty("account_id") long accountId,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("company_name") String companyName,
        String notes,
        String email,
        @JsonProperty("phone_numbers") List<PhoneNumberData> phoneNumbers,
        @JsonProperty("home_address") LocationData homeAddress,
        @JsonProperty("billing_address") LocationData billingAddress,
        @JsonProperty("external_ids") List<String> externalIds,
        boolean deleted,
        long version,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") Instant deletedAt) {

    public static final String TOPIC = "fieldline.jobs.customers";
    public static final EventContract<CustomerEvent> CONTRACT = EventContract.versioned(TOPIC, "job-service",
            CustomerEvent.class, "Customer", CustomerEvent::version);
    public static final EventType<CustomerEvent> CREATED = CONTRACT.declare("fieldline.jobs.customer.created.v1");
    public static final EventType<CustomerEvent> UPDATED = CONTRACT.declare("fieldline.jobs.customer.updated.v1");
    public static final EventType<CustomerEvent> DELETED = CONTRACT.declare("fieldline.jobs.customer.deleted.v1");

    /** One of a customer's phone numbers (seed: "Phone Number Object"), in E.164. */
    public record PhoneNumberData(String number, boolean primary, String type) {
    }

    public CustomerEvent {
        if (id <= 0 || accountId <= 0 || organizationId <= 0 || version <= 0 || updatedAt == null) {
            throw new IllegalArgumentException(
                    "a customer event needs id, account_id, organization_id, version and updated_at");
        }
    }
}
