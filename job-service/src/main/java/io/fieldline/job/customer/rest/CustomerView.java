package io.fieldline.job.customer.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.job.customer.CustomerPhoneNumber;
import io.fieldline.job.location.Location;

import java.util.List;

/** A customer as {@code /v3/customers} shows it (seed: Customers); {@code external_ids} only to job sources. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomerView(
        long id,
        @JsonProperty("organization_id") long organizationId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("company_name") String companyName,
        String notes,
        String email,
        @JsonProperty("phone_numbers") List<CustomerPhoneNumber> phoneNumbers,
        @JsonProperty("home_address") Location homeAddress,
        @JsonProperty("billing_address") Location billingAddress,
        @JsonProperty("external_ids") List<String> externalIds) {

    /** The {@code {"customer": {...}}} envelope. */
    public record Envelope(CustomerView customer) {
    }
}
