package io.fieldline.technician.user.rest;

/** The rules of the user attributes of the API document (seed: Users, "User Attributes"), shared by create and update. */
final class UserRules {

    static final int MAX_NAME = 100;
    static final String NAME_TOO_LONG = "must be at most " + MAX_NAME + " characters";
    /** Blank means none. */
    static final String EMAIL = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";
    static final int MAX_EMAIL = 254;
    static final String EMAIL_MESSAGE = "must be an email address";
    static final String ROLES_REQUIRED = "is required: one or both of \"dispatcher\", \"technician\"";

    private UserRules() {
    }
}
