package io.fieldline.technician.user.mapping;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.technician.user.User;
import io.fieldline.platform.validation.Patch;
import io.fieldline.platform.validation.PhoneNumbers;
import io.fieldline.technician.user.rest.UpdateUserRequest;
import io.fieldline.technician.user.rest.UserView;

/** Maps a user to what the API shows and to what its events carry, and applies the API's changes to it. */
public final class UserMapper {

    private UserMapper() {
    }

    public static UserView toView(User user) {
        return new UserView(user.id, user.organizationId, user.firstName, user.lastName, user.roles(), user.phoneNumber,
                user.email);
    }

    /**
     * Applies the attributes a {@code PATCH /v3/users/:id} body names (validated: required ones are never null);
     * returns whether any stored attribute changed.
     */
    public static boolean applyChanges(UpdateUserRequest changes, User user) {
        boolean changed = Patch.apply(changes.organizationId(), user.organizationId, id -> user.organizationId = id);
        changed |= Patch.apply(changes.firstName(), String::strip, user.firstName, name -> user.firstName = name);
        changed |= Patch.apply(changes.lastName(), String::strip, user.lastName, name -> user.lastName = name);
        changed |= Patch.apply(changes.phoneNumber(), UserMapper::phone, user.phoneNumber, phone -> user.phoneNumber = phone);
        changed |= Patch.apply(changes.email(), UserMapper::blankToNull, user.email, email -> user.email = email);
        if (Patch.given(changes.roles())) {
            boolean dispatcher = changes.roles().get().contains(User.DISPATCHER);
            boolean technician = changes.roles().get().contains(User.TECHNICIAN);
            changed |= dispatcher != user.dispatcher || technician != user.technician;
            user.dispatcher = dispatcher;
            user.technician = technician;
        }
        return changed;
    }

    /** Optional text attributes: blank means none. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A phone number as stored: E.164 ({@code +15551234567}); {@code null} for none. Only for numbers checked by {@code @PhoneNumber}. */
    public static String phone(String number) {
        return number == null ? null : PhoneNumbers.toE164(number);
    }

    public static WorkforceUserEvent toEvent(User user) {
        return new WorkforceUserEvent(user.id, user.accountId, user.organizationId, user.firstName, user.lastName,
                user.email, user.phoneNumber, user.roles(), user.isActive(), user.availabilityStatus, user.vehicleType,
                user.transportModeList(), user.version, user.createdAt, user.updatedAt);
    }
}
