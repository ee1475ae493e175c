package io.fieldline.identity.client.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.platform.validation.OneOf;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

import java.util.List;

/** The body of {@code PATCH /admin/clients/:client_id}: a field left out, or {@code null}, stays as it is. */
public record UpdateClientRequest(
        JsonNullable<@Size(min = 1, message = "must be a non-empty list of scopes")
                List<@NotNull(message = "must not hold null") @KnownScope String>> scopes,
        @JsonProperty("grant_types")
        JsonNullable<@Size(min = 1, message = ClientRules.GRANT_TYPES_EMPTY) List<@NotNull(message = "must not hold null")
                @OneOf(value = {"client_credentials", "password", "refresh_token"}, what = "grant type") String>> grantTypes,
        JsonNullable<Boolean> disabled) {
}
