package io.fieldline.identity.account.rest;

import io.fieldline.identity.admin.AdminText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /admin/accounts}: the account's name. */
public record CreateAccountRequest(
        @NotNull(message = AdminText.NAME_REQUIRED)
        @Pattern(regexp = AdminText.NOT_BLANK, message = AdminText.NAME_RULE)
        @Size(max = AdminText.MAX_NAME, message = AdminText.NAME_RULE) String name) {
}
