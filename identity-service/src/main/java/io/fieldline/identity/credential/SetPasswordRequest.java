package io.fieldline.identity.credential;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of the internal {@code PUT /internal/users/{id}/password}. */
public record SetPasswordRequest(@JsonProperty("account_id") Long accountId, String password) {
}
