package io.fieldline.technician.technician;

import io.fieldline.platform.errors.FieldErrors;

import java.util.Optional;

/** The list filters of the technicians API: account status and availability, each optional. */
public record TechnicianFilter(Optional<Boolean> active, Optional<String> availability) {

    /** Reads the raw query values; an unknown value is a 422 naming the parameter and what it may be. */
    public static TechnicianFilter parse(String status, String availabilityStatus) {
        FieldErrors errors = new FieldErrors();
        Optional<Boolean> active = Optional.empty();
        if (status != null && !status.isEmpty()) {
            switch (status.toLowerCase()) {
                case "active" -> active = Optional.of(true);
                case "inactive" -> active = Optional.of(false);
                default -> errors.add("status", "must be Active or Inactive");
            }
        }
        Optional<String> availability = Optional.empty();
        if (availabilityStatus != null && !availabilityStatus.isEmpty()) {
            switch (availabilityStatus.toLowerCase()) {
                case "available" -> availability = Optional.of("Available");
                case "busy" -> availability = Optional.of("Busy");
                case "offline" -> availability = Optional.of("Offline");
                default -> errors.add("availability_status", "must be Available, Busy or Offline");
            }
        }
        errors.throwIfAny();
        return new TechnicianFilter(active, availability);
    }
}
