package io.fieldline.job.location;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An address in the US or Canada (seed: "Location Entity"), as requests send it, as it is stored and as answers show
 * it: {@code street_1} and {@code city} required; {@code state} a two-letter state, DC, or province or territory code;
 * {@code postal_code} a US ZIP ({@code 02115}, {@code 02115-1234}) or Canadian ({@code K1A 0B1}) code of the state's
 * country; {@code timezone} an IANA zone, derived by {@link Locations#normalize} when absent. Each broken rule is named
 * under the field that holds the address ({@code address.postal_code}).
 */
@ValidLocation
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
        @JsonProperty("street_1") @NotBlank(message = "is required")
        @Size(max = LocationRules.MAX_LINE, message = LocationRules.LINE_TOO_LONG) String street1,
        @JsonProperty("street_2") @Size(max = LocationRules.MAX_LINE, message = LocationRules.LINE_TOO_LONG) String street2,
        @NotBlank(message = "is required") @Size(max = LocationRules.MAX_LINE, message = LocationRules.LINE_TOO_LONG) String city,
        String state,
        @JsonProperty("postal_code") String postalCode,
        String timezone) {
}
