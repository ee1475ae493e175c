package io.fieldline.technician.userbulk.mapping;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The users bulk API's {@code UserType} (seed: "User Type (required) – the type of this user"), onto the roles of the
 * one user model: the office types that assign work dispatch, the field types are technicians, and the types that
 * both run a team and may work in the field are both. A {@code ViewOnly} user dispatches nothing, so it is a
 * technician, the role that changes nothing of others.
 */
public enum UserType {
    SubscriptionAdmin(true, true),
    Dispatcher(true, false),
    Supervisor(true, true),
    Standard(false, true),
    ViewOnly(false, true);

    private final boolean dispatcher;
    private final boolean technician;

    UserType(boolean dispatcher, boolean technician) {
        this.dispatcher = dispatcher;
        this.technician = technician;
    }

    /** The type named exactly {@code name}, as the seed spells it. */
    public static Optional<UserType> of(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    /** The names a request may give, as an error message lists them. */
    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * The type a user shows: the one stored when it still fits the user's roles (another API may have changed them),
     * else the plainest type that has them.
     */
    public static UserType shown(String stored, boolean dispatcher, boolean technician) {
        Optional<UserType> kept = stored == null ? Optional.empty() : of(stored)
                .filter(type -> type.dispatcher == dispatcher && type.technician == technician);
        return kept.orElse(dispatcher && technician ? Supervisor : dispatcher ? Dispatcher : Standard);
    }

    public boolean dispatcher() {
        return dispatcher;
    }

    public boolean technician() {
        return technician;
    }
}
