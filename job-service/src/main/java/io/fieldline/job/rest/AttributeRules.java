package io.fieldline.job.rest;

/**
 * Rules of attributes that organizations and customers share (seed: Organizations and Customers, "Attributes"), in
 * the words of their field errors.
 */
public final class AttributeRules {

    public static final int MAX_NAME = 200;
    public static final String NAME_TOO_LONG = "must be at most " + MAX_NAME + " characters";
    public static final int MAX_TEXT = 10_000;
    public static final String TEXT_TOO_LONG = "must be at most " + MAX_TEXT + " characters";
    /** Blank means none where the email is optional. */
    public static final String EMAIL = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*";
    public static final int MAX_EMAIL = 254;
    public static final String EMAIL_MESSAGE = "must be an email address";
    public static final int MAX_TOKEN = 200;
    public static final String TOKEN_TOO_LONG = "must be at most " + MAX_TOKEN + " characters";

    private AttributeRules() {
    }
}
