package io.fieldline.surfaces;

/** The services behind the gateway, each serving the routes it owns. */
public enum Service {
    IDENTITY,
    TECHNICIAN,
    JOB
}
