package io.fieldline.job.organization.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.job.location.Location;

import java.util.List;

/**
 * An organization as {@code /v3/organizations} shows it (seed: Organizations); {@code external_ids} only to job
 * sources.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationView(
        long id,
        String name,
        Location address,
        @JsonProperty("phone_number") String phoneNumber,
        String email,
        @JsonProperty("logo_token") String logoToken,
        @JsonProperty("external_ids") List<String> externalIds,
        String network) {

    /** The {@code {"organization": {...}}} envelope. */
    public record Envelope(OrganizationView organization) {
    }
}
