package io.fieldline.technician.tech.service;

import io.fieldline.platform.errors.ApiException;
import io.fieldline.technician.tech.mapping.Profile;
import io.fieldline.technician.tech.rest.StatusRequest;
import io.fieldline.technician.tech.rest.TechnicianRequest;
import io.fieldline.technician.user.rest.UserRules;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The technician management API's parameter rules, answered as its seed shows ("Error Handling"): one 400 whose
 * message starts {@code Invalid request:} and names every broken rule, such as "Email must not be empty".
 */
public final class TechnicianRules {

    /** A BCP 47 tag of a language and up to three subtags (region, script, variant), e.g. {@code de}, {@code pt-BR}. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    private TechnicianRules() {
    }

    /** Throws the 400 naming what is wrong with a technician to create, if anything is. */
    public static void check(TechnicianRequest technician) {
        List<String> problems = new ArrayList<>();
        if (technician.email() == null || technician.email().isBlank()) {
            problems.add("Email must not be empty");
        } else if (technician.email().strip().length() > UserRules.MAX_EMAIL || !technician.email().matches(UserRules.EMAIL)) {
            problems.add("Email must be a valid email address");
        }
        if (technician.name() == null || technician.name().isBlank()) {
            problems.add("Name must not be empty");
        } else if (technician.name().strip().length() > UserRules.MAX_NAME) {
            problems.add("Name must be at most " + UserRules.MAX_NAME + " characters");
        }
        if (technician.profile() != null && Profile.of(technician.profile()).isEmpty()) {
            problems.add("Profile must be one of " + Profile.names());
        }
        if (technician.language() != null && !LANGUAGE.matcher(technician.language().strip()).matches()) {
            problems.add("Language must be a language tag such as \"de\"");
        }
        if (technician.timezone() != null && !ZoneId.getAvailableZoneIds().contains(technician.timezone().strip())) {
            problems.add("Timezone must be an IANA time zone such as \"Europe/Lisbon\"");
        }
        throwIfAny(problems);
    }

    /** Whether a checked status request enables (else it disables); throws the 400 when it is neither. */
    public static boolean enables(StatusRequest request) {
        if (request == null || request.status() == null || request.status().isBlank()) {
            throwIfAny(List.of("Status must not be empty"));
        }
        return switch (request.status().strip().toLowerCase(Locale.ROOT)) {
            case "enabled" -> true;
            case "disabled" -> false;
            default -> throw invalid("Status must be \"enabled\" or \"disabled\"");
        };
    }

    /** The seed's 400 for {@code problem}. */
    public static ApiException invalid(String problem) {
        return ApiException.badRequest("Invalid request: " + problem);
    }

    private static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw invalid(String.join("; ", problems));
        }
    }
}
