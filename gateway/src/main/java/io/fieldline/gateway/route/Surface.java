package io.fieldline.gateway.route;

/** An API surface: the family of paths that shares one error body shape. */
public enum Surface {
    /** {@code /v3/oauth/*}: RFC 6749 section 5.2 errors. */
    OAUTH,
    /** {@code /v3/*}, the technicians and users APIs: {@code {"error": {code, message}, "request_id"}}. */
    API
}
