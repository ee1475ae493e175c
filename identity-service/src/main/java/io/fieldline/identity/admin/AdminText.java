package io.fieldline.identity.admin;

/** The rules of the admin API's names and secrets, in the words of its error messages. */
public final class AdminText {

    /** Holds some character that is not white space. */
    public static final String NOT_BLANK = "(?s).*\\S.*";
    public static final int MAX_NAME = 200;
    public static final String NAME_RULE = "must be a non-blank string of at most " + MAX_NAME + " characters";
    public static final String NAME_REQUIRED = "is required: a string of at most " + MAX_NAME + " characters";

    private AdminText() {
    }
}
