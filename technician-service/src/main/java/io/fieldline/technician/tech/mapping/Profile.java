package io.fieldline.technician.tech.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The technician management API's {@code profile} (seed: "the technician's role (e.g., admin)") onto the roles of the
 * one user model: every profile is a technician, and the profiles that manage others may also dispatch (and so log in
 * to the desktop application).
 */
public enum Profile {
    ADMIN(true), SUPERVISOR(true), DISPATCHER(true), TECHNICIAN(false), SUPPORT(false);

    private final boolean dispatches;

    Profile(boolean dispatches) {
        this.dispatches = dispatches;
    }

    /** The profile named {@code name}, in any case. */
    public static Optional<Profile> of(String name) {
        return Arrays.stream(values()).filter(profile -> profile.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The names a request may give, as an error message lists them. */
    public static String names() {
        return Arrays.stream(values()).map(profile -> profile.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /** Whether a user of this profile also has the dispatcher role. */
    public boolean dispatches() {
        return dispatches;
    }
}
