package io.fieldline.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An address in job events (seed: "Location Entity"): the US or Canada, with its IANA time zone. */
public record LocationData(
        @JsonProperty("street_1") String street1,
        @JsonProperty("street_2") String street2,
        String city,
        String state,
        @JsonProperty("postal_code") String postalCode,
        String timezone) {
}
