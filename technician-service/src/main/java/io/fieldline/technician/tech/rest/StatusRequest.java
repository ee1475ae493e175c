package io.fieldline.technician.tech.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /tech/{techUsername}} (seed: technician management API, "Modify Technician Status"). */
public record StatusRequest(
        @Schema(description = "The new account status", required = true, enumeration = {"enabled", "disabled"})
        String status) {
}
