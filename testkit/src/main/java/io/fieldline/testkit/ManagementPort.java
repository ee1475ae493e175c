package io.fieldline.testkit;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The port of the Quarkus application under test's management interface, where health, metrics and the API document
 * answer: {@code quarkus.management.test-port}, 9001 unless set.
 */
public final class ManagementPort {

    private static final int QUARKUS_TEST_DEFAULT = 9001;

    private ManagementPort() {
    }

    public static int get() {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class)
                .orElse(QUARKUS_TEST_DEFAULT);
    }
}
