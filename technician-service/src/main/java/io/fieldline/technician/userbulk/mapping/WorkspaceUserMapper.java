package io.fieldline.technician.userbulk.mapping;

import io.fieldline.platform.validation.Patch;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.rest.UpdateUserRequest;
import io.fieldline.technician.user.service.NewUser;
import io.fieldline.technician.userbulk.WorkspaceUser;
import io.fieldline.technician.userbulk.rest.WorkspaceUserView;
import org.openapitools.jackson.nullable.JsonNullable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the users bulk API onto the one user model (README, "The users bulk API"): {@code Name} onto first and last
 * name, {@code UserType} onto roles, {@code Enabled} onto active or deactivated; the rest of its properties are the
 * user's {@link WorkspaceUser}.
 */
public final class WorkspaceUserMapper {

    private WorkspaceUserMapper() {
    }

    /**
     * The user as this API shows it; {@code workspaceUser} is {@code null} for a user written only through other APIs,
     * whose type follows from its roles and whose initials from its name.
     */
    public static WorkspaceUserView toView(User user, WorkspaceUser workspaceUser) {
        Optional<WorkspaceUser> own = Optional.ofNullable(workspaceUser);
        String name = (user.firstName + " " + user.lastName).strip();
        return new WorkspaceUserView(
                own.map(w -> w.externalId).orElse(null), name,
                own.map(w -> w.initials).orElseGet(() -> initialsOf(user)),
                user.phoneNumber, user.email,
                UserType.shown(own.map(w -> w.userType).orElse(null), user.dispatcher, user.technician).name(),
                own.map(w -> w.image).orElse(null), own.map(w -> w.lat).orElse(null), own.map(w -> w.lon).orElse(null),
                own.map(w -> w.streetAddress).orElse(null), own.map(w -> w.unit).orElse(null),
                own.map(w -> w.city).orElse(null), own.map(w -> w.state).orElse(null), own.map(w -> w.zip).orElse(null),
                own.map(w -> w.skillTags).orElse(List.of()), user.isActive(),
                own.map(w -> w.data).orElse(Map.of()), own.map(w -> w.teams).orElse(List.of()),
                lastUpdated(user, workspaceUser), user.createdAt, user.id, user.organizationId,
                own.map(WorkspaceUser::isArchived).orElse(false));
    }

    /** When the user last changed, through any API: the later of the user's change and its own properties'. */
    public static Instant lastUpdated(User user, WorkspaceUser workspaceUser) {
        return workspaceUser == null || workspaceUser.updatedAt.isBefore(user.updatedAt) ? user.updatedAt
                : workspaceUser.updatedAt;
    }

    /** The user to create for checked changes that hold every required property, in {@code organizationId}. */
    public static NewUser toNewUser(UserChanges changes, long organizationId) {
        UserType type = changes.userType().get();
        return new NewUser(organizationId, changes.firstName().get(), changes.lastName().get(), type.dispatcher(),
                type.technician(), changes.phone().orElse(null), changes.email().get(), Optional.empty(), null, null);
    }

    /** The changes to the user itself, as {@code PATCH /v3/users/:id} takes them; undefined where none is asked. */
    public static UpdateUserRequest toUserChanges(UserChanges changes) {
        JsonNullable<List<String>> roles = changes.userType().isPresent()
                ? JsonNullable.of(User.roles(changes.userType().get().dispatcher(), changes.userType().get().technician()))
                : JsonNullable.undefined();
        JsonNullable<Long> organization = changes.organizationId().map(JsonNullable::of).orElse(JsonNullable.undefined());
        return new UpdateUserRequest(organization, changes.firstName(), changes.lastName(), roles, changes.phone(),
                changes.email(), JsonNullable.undefined());
    }

    /** Whether {@code changes} asks anything of the user itself. */
    public static boolean changesUser(UpdateUserRequest changes) {
        return Patch.given(changes.organizationId()) || Patch.given(changes.firstName()) || Patch.given(changes.lastName())
                || Patch.given(changes.roles()) || Patch.given(changes.phoneNumber()) || Patch.given(changes.email());
    }

    /**
     * Applies the properties {@code changes} names to the user's own properties; {@code Data} fields merge, a
     * {@code null} one removed. Returns whether any stored value changed.
     */
    public static boolean apply(UserChanges changes, WorkspaceUser target) {
        JsonNullable<String> userType = Patch.given(changes.userType())
                ? JsonNullable.of(changes.userType().get().name()) : JsonNullable.undefined();
        boolean changed = Patch.apply(userType, target.userType, type -> target.userType = type);
        changed |= Patch.apply(changes.initials(), target.initials, initials -> target.initials = initials);
        changed |= Patch.apply(changes.image(), target.image, image -> target.image = image);
        changed |= Patch.apply(changes.lat(), target.lat, lat -> target.lat = lat);
        changed |= Patch.apply(changes.lon(), target.lon, lon -> target.lon = lon);
        changed |= Patch.apply(changes.streetAddress(), target.streetAddress, street -> target.streetAddress = street);
        changed |= Patch.apply(changes.unit(), target.unit, unit -> target.unit = unit);
        changed |= Patch.apply(changes.city(), target.city, city -> target.city = city);
        changed |= Patch.apply(changes.state(), target.state, state -> target.state = state);
        changed |= Patch.apply(changes.zip(), target.zip, zip -> target.zip = zip);
        changed |= Patch.apply(changes.skillTags(), target.skillTags, tags -> target.skillTags = tags);
        changed |= Patch.apply(changes.teams(), target.teams, teams -> target.teams = teams);
        if (changes.externalId().isPresent() && !changes.externalId().get().equals(target.externalId)) {
            target.externalId = changes.externalId().get();
            changed = true;
        }
        Map<String, String> data = new LinkedHashMap<>(target.data);
        changes.data().forEach((field, value) -> {
            if (value == null) {
                data.remove(field);
            } else {
                data.put(field, value);
            }
        });
        if (!data.equals(target.data)) {
            target.data = data;
            changed = true;
        }
        return changed;
    }

    /** The first letters of the first and last names, for a user that has no initials of its own. */
    private static String initialsOf(User user) {
        String initials = (user.firstName.isEmpty() ? "" : user.firstName.substring(0, 1))
                + (user.lastName.isEmpty() ? "" : user.lastName.substring(0, 1));
        return initials.toUpperCase(Locale.ROOT);
    }
}
