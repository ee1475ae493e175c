package io.fieldline.gateway.route;

/** The services the gateway routes to. */
public enum Upstream {
    IDENTITY,
    TECHNICIAN,
    JOB
}
