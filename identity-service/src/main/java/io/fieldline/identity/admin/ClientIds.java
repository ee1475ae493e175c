package io.fieldline.identity.admin;

import io.fieldline.platform.errors.ApiException;

/** Client ids as admin paths carry them. */
public final class ClientIds {

    private ClientIds() {
    }

    /** The client id of a path; one holding NUL names no client (and cannot reach PostgreSQL), so it is a 404. */
    public static String fromPath(String clientId) {
        if (clientId.indexOf('\0') >= 0) {
            throw ApiException.notFound("Client");
        }
        return clientId;
    }
}
