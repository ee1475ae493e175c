package io.fieldline.identity.client.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fieldline.identity.admin.AdminText;
import io.fieldline.platform.validation.OneOf;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /admin/accounts/:id/clients}: the scopes to grant, the grant types (default
 * {@code client_credentials} and {@code refresh_token}) and, if the operator chooses it, the secret.
 */
public record CreateClientRequest(
        @NotEmpty(message = "is required: one or more scopes")
        List<@NotNull(message = "must not hold null") @KnownScope String> scopes,
        @JsonProperty("grant_types") @Size(min = 1, message = ClientRules.GRANT_TYPES_EMPTY)
        List<@NotNull(message = "must not hold null")
                @OneOf(value = {"client_credentials", "password", "refresh_token"}, what = "grant type") String> grantTypes,
        @JsonProperty("client_secret")
        @Pattern(regexp = AdminText.NOT_BLANK, message = ClientRules.SECRET_RULE)
        @Size(max = ClientRules.MAX_SECRET, message = ClientRules.SECRET_RULE)
        @Size(min = ClientRules.MIN_OPERATOR_SECRET, message = ClientRules.SECRET_TOO_SHORT) String clientSecret) {
}
