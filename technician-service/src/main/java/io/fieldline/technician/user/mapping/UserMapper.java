package io.fieldline.technician.user.mapping;

import io.fieldline.events.WorkforceUserEvent;
import io.fieldline.technician.user.User;
import io.fieldline.technician.user.rest.UserView;

/** Maps a user to what the API shows and to what its events carry. */
public final class UserMapper {

    private UserMapper() {
    }

    public static UserView toView(User user) {
        return new UserView(user.id, user.organizationId, user.firstName, user.lastName, user.roles(), user.phoneNumber,
                user.email);
    }

    public static WorkforceUserEvent toEvent(User user) {
        return new WorkforceUserEvent(user.id, user.accountId, user.organizationId, user.firstName, user.lastName,
                user.email, user.phoneNumber, user.roles(), user.isActive(), user.availabilityStatus, user.vehicleType,
                user.transportModeList(), user.version, user.createdAt, user.updatedAt);
    }
}
