package io.fieldline.technician.technician.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A technician as the list of the technicians API shows it. */
public record TechnicianSummary(
        @JsonProperty("technician_id") long technicianId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String status,
        @JsonProperty("availability_status") String availabilityStatus,
        @JsonProperty("vehicle_type") String vehicleType,
        @JsonProperty("transport_modes") List<String> transportModes,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {
}
