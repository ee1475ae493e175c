package io.fieldline.platform.security;

import io.fieldline.platform.errors.FieldErrors;

/** What a user password must be: long enough to resist guessing, short enough to hash in bounded time. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** The rule, in the words of a field error. */
    public static final String RULE = "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";

    private PasswordPolicy() {
    }

    public static void check(String password, FieldErrors errors) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            errors.add("password", RULE);
        }
    }
}
