package io.fieldline.helm;

/** The four workloads the chart runs, by the name of their objects in release {@value FieldlineChart#RELEASE}. */
enum Workload {

    IDENTITY("identity-service"),
    TECHNICIAN("technician-service"),
    JOB("job-service"),
    GATEWAY("gateway");

    private final String component;

    Workload(String component) {
        this.component = component;
    }

    /** The name of its Deployment, Service, ConfigMap and the rest: {@code fieldline-job-service}. */
    String objectName() {
        return FieldlineChart.RELEASE + "-" + component;
    }
}
