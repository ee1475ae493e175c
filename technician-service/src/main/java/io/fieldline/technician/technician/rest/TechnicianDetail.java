package io.fieldline.technician.technician.rest;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A technician's full profile, as {@code GET /api/v1/technicians?id=} shows it. */
public record TechnicianDetail(
        @JsonProperty("technician_id") long technicianId,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        String phone,
        String status,
        @JsonProperty("availability_status") String availabilityStatus,
        @JsonProperty("vehicle_type") String vehicleType,
        @JsonProperty("transport_modes") List<String> transportModes,
        List<Skill> skills,
        List<ScheduleDay> schedule,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {

    public record Skill(
            @JsonProperty("skill_category_id") long skillCategoryId,
            @JsonProperty("skill_name") String skillName,
            @JsonProperty("skill_level") int skillLevel) {
    }

    public record ScheduleDay(
            @JsonProperty("day_of_week") int dayOfWeek,
            @JsonProperty("start_time") String startTime,
            @JsonProperty("end_time") String endTime,
            @JsonProperty("is_available") boolean isAvailable) {
    }
}
