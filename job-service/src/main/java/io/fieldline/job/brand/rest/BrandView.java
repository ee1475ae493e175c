package io.fieldline.job.brand.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A brand as {@code /v3/brands} shows it (seed: Brands); attributes it does not have are left out, as the seed does. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BrandView(
        long id,
        String name,
        @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("logo_token") String logoToken,
        String email) {

    /** The {@code {"brand": {...}}} envelope. */
    public record Envelope(BrandView brand) {
    }
}
