package io.fieldline.technician.user.rest;

/**
 * The rules of the user attributes of the API document (seed: Users, "User Attributes"), shared by create and update
 * and by the other surfaces that write users.
 */
public final class UserRules {

    public static final int MAX_NAME = 100;
    public static final String NAME_TOO_LONG = "must be at most " + MAX_NAME + " characters";
    /** Blank means none. */
    public static final String EMAIL = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";
    public static final int MAX_EMAIL = 254;
    public static final String EMAIL_MESSAGE = "must be an email address";
    public static final String ROLES_REQUIRED = "is required: one or both of \"dispatcher\", \"technician\"";

    private UserRules() {
    }
}
