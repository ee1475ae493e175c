package io.fieldline.helm;

import java.util.List;

/** The four workloads the chart runs, by the name of their objects in release {@value FieldlineChart#RELEASE}. */
enum Workload {

    IDENTITY("identity-service", true),
    TECHNICIAN("technician-service", true),
    JOB("job-service", true),
    GATEWAY("gateway", false);

    private final String component;
    private final boolean ownsDatabase;

    Workload(String component, boolean ownsDatabase) {
        this.component = component;
        this.ownsDatabase = ownsDatabase;
    }

    /** Its {@code app.kubernetes.io/component} label, e.g. {@code job-service}. */
    String component() {
        return component;
    }

    /** The name of its Deployment, Service, ConfigMap and the rest: {@code fieldline-job-service}. */
    String objectName() {
        return FieldlineChart.RELEASE + "-" + component;
    }

    boolean ownsDatabase() {
        return ownsDatabase;
    }

    static List<Workload> services() {
        return List.of(IDENTITY, TECHNICIAN, JOB);
    }
}
