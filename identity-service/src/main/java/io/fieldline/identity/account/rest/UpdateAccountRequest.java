package io.fieldline.identity.account.rest;

import io.fieldline.identity.admin.AdminText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openapitools.jackson.nullable.JsonNullable;

/** The body of {@code PATCH /admin/accounts/:id}: a field left out, or {@code null}, stays as it is. */
public record UpdateAccountRequest(
        JsonNullable<@Pattern(regexp = AdminText.NOT_BLANK, message = AdminText.NAME_RULE)
                @Size(max = AdminText.MAX_NAME, message = AdminText.NAME_RULE) String> name,
        JsonNullable<Boolean> disabled) {
}
