package io.fieldline.identity.integrationkey.rest;

import io.fieldline.identity.admin.AdminText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /admin/clients/:client_id/integration-keys}: a name for operators to tell keys apart. */
public record CreateIntegrationKeyRequest(
        @Pattern(regexp = AdminText.NOT_BLANK, message = AdminText.NAME_RULE)
        @Size(max = AdminText.MAX_NAME, message = AdminText.NAME_RULE) String name) {
}
