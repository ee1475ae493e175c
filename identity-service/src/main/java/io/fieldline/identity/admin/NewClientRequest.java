package io.fieldline.identity.admin;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The body of {@code POST /admin/accounts/:id/clients}; without a {@code client_secret}, the server generates one. */
public record NewClientRequest(List<String> scopes, @JsonProperty("grant_types") List<String> grantTypes,
                               @JsonProperty("client_secret") String clientSecret) {
}
