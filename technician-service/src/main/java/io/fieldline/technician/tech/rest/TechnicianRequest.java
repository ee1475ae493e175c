package io.fieldline.technician.tech.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fieldline.platform.validation.IdDeserializer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A technician to create: the body of {@code POST /tech} and an item of {@code POST /tech/bulk} (seed: technician
 * management API, "Create Technician"). Checked by {@code TechnicianRules}, item by item in a bulk request.
 */
public record TechnicianRequest(
        @Schema(description = "The technician's email address; it is the username", required = true,
                examples = "john.doe@example.com")
        String email,
        @Schema(description = "The technician's full name", required = true, examples = "John Doe")
        String name,
        @Schema(description = "The technician's role: admin, supervisor and dispatcher also dispatch; technician"
                + " and support only work (default)", examples = "admin")
        String profile,
        @Schema(description = "Preferred interface language, a BCP 47 tag", examples = "de")
        String language,
        @Schema(description = "An IANA time zone", examples = "Europe/Lisbon")
        String timezone,
        @Schema(description = "Our extension: the organization to join, an existing one of the account (else 400)"
                + " that is not third-party to a job source (else 403); by default a user's own organization, else"
                + " the organization of the account's first user")
        @JsonProperty("organization_id") @JsonDeserialize(using = IdDeserializer.class)
        Long organizationId) {
}
