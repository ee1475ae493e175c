package io.fieldline.technician.userbulk.mapping;

import org.openapitools.jackson.nullable.JsonNullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One user of a users bulk API request, checked: each property is undefined when the request left it out (the stored
 * value stays, seed: "Omitting Properties"), or its new value, {@code null} clearing an optional one. {@code Name}
 * is split as {@code /tech} splits it; {@code Phone} is in E.164; {@code Data} holds only the fields sent, a
 * {@code null} value removing its field.
 */
public record UserChanges(
        Optional<String> externalId,
        JsonNullable<String> firstName,
        JsonNullable<String> lastName,
        JsonNullable<String> initials,
        JsonNullable<String> phone,
        JsonNullable<String> email,
        JsonNullable<UserType> userType,
        JsonNullable<String> image,
        JsonNullable<Double> lat,
        JsonNullable<Double> lon,
        JsonNullable<String> streetAddress,
        JsonNullable<String> unit,
        JsonNullable<String> city,
        JsonNullable<String> state,
        JsonNullable<String> zip,
        JsonNullable<List<String>> skillTags,
        JsonNullable<Boolean> enabled,
        Map<String, String> data,
        JsonNullable<List<String>> teams,
        Optional<Instant> lastUpdated,
        Optional<Long> organizationId) {

    /** This user with {@code externalId}, as a POST to {@code /{workspace}/api/user/{externalid}} names it. */
    public UserChanges withExternalId(String externalId) {
        return new UserChanges(Optional.of(externalId), firstName, lastName, initials, phone, email, userType, image, lat,
                lon, streetAddress, unit, city, state, zip, skillTags, enabled, data, teams, lastUpdated, organizationId);
    }

    /** The properties a new user needs that this one leaves out (seed: "Core Properties", "(required)"). */
    public List<String> missingToCreate() {
        List<String> missing = new ArrayList<>();
        addIfMissing(missing, "Name", firstName);
        addIfMissing(missing, "Initials", initials);
        addIfMissing(missing, "Email", email);
        addIfMissing(missing, "UserType", userType);
        addIfMissing(missing, "Enabled", enabled);
        return missing;
    }

    private static void addIfMissing(List<String> missing, String property, JsonNullable<?> value) {
        if (!value.isPresent() || value.get() == null) {
            missing.add(property);
        }
    }
}
