package io.fieldline.job.brand.rest;

import io.fieldline.job.datafile.Datafile;

/** The rules of the brand attributes (seed: Brands), shared by create and update. */
final class BrandRules {

    static final int MAX_NAME = 200;
    static final String NAME_TOO_LONG = "must be at most " + MAX_NAME + " characters";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final int MAX_EMAIL = 254;
    static final String EMAIL_MESSAGE = "must be an email address";
    static final String UID = Datafile.UID_PATTERN;
    static final String LOGO_MESSAGE = "must be the uid of a datafile you uploaded (POST /v3/datafiles)";

    private BrandRules() {
    }
}
