package io.fieldline.technician.tech.mapping;

import io.fieldline.technician.tech.rest.TechnicianRequest;
import io.fieldline.technician.user.service.NewUser;

import java.util.Optional;

/** Maps a technician of the management API onto the one user model (README, "The technician management API"). */
public final class TechnicianMapper {

    private TechnicianMapper() {
    }

    /**
     * The user to create for a checked request: {@code name}'s first word is the first name and the rest the last name
     * (none for a one-word name); {@code profile} gives the roles; the email, the language and the time zone as sent.
     */
    public static NewUser toNewUser(TechnicianRequest request, long organizationId) {
        String[] names = request.name().strip().split("\\s+", 2);
        boolean dispatcher = request.profile() != null && Profile.of(request.profile()).orElseThrow().dispatches();
        return new NewUser(organizationId, names[0], names.length > 1 ? names[1] : "", dispatcher, true, null,
                request.email().strip(), Optional.empty(), strip(request.language()), strip(request.timezone()));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
