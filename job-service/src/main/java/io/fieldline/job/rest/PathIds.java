package io.fieldline.job.rest;

import io.fieldline.platform.errors.ApiException;

/** The id in a {@code /v3/<resources>/:id} path: anything but a positive 64-bit number names nothing, a 404. */
public final class PathIds {

    private PathIds() {
    }

    /** The id, or a 404 naming {@code what} ("Organization") when the text cannot be one. */
    public static long parse(String id, String what) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ApiException.notFound(what);
        }
        return Long.parseLong(id);
    }
}
