package io.fieldline.local;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code ./fieldline up} names a port another process holds before it starts anything, and tells admin where it runs. */
class SuitePortsTest {

    private final Path home = Path.of("target/ports-test").toAbsolutePath();

    @Test
    void shouldNameEachPortInUseWithWhatWouldListenThere() throws Exception {
        DataDirectory.empty(home);
        int gateway = FreePorts.pick();
        int identity = FreePorts.pick();
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress(identity));
            SuiteSettings settings = SuiteSettings.fromEnvironment(home, Map.of(
                    "FIELDLINE_DATA_DIR", home.toString(),
                    "FIELDLINE_GATEWAY_PORT", String.valueOf(gateway),
                    "FIELDLINE_IDENTITY_PORT", String.valueOf(identity),
                    "FIELDLINE_TECHNICIAN_PORT", String.valueOf(FreePorts.pick()),
                    "FIELDLINE_JOB_PORT", String.valueOf(FreePorts.pick()),
                    "FIELDLINE_POSTGRES_PORT", String.valueOf(FreePorts.pick()),
                    "FIELDLINE_KAFKA_PORT", String.valueOf(FreePorts.pick()),
                    "FIELDLINE_KAFKA_CONTROLLER_PORT", String.valueOf(FreePorts.pick())));

            assertEquals(List.of("port " + identity + " (identity-service)"), settings.portsInUse().stream()
                    .filter(port -> !port.contains("management")).toList());
        }
    }

    @Test
    void shouldLetTheAdminCommandFindTheGatewayTheSuiteStartedOn() throws Exception {
        DataDirectory.empty(home);
        Map<String, String> started = Map.of("FIELDLINE_DATA_DIR", home.toString(), "FIELDLINE_GATEWAY_PORT", "28080");
        SuiteSettings.fromEnvironment(home, started).recordGatewayUrl();

        Map<String, String> later = Map.of("FIELDLINE_DATA_DIR", home.toString());
        assertEquals("http://localhost:28080", SuiteSettings.fromEnvironment(home, later).runningGatewayUrl(later));
        assertEquals("http://localhost:38080", SuiteSettings.fromEnvironment(home, Map.of("FIELDLINE_DATA_DIR",
                home.toString(), "FIELDLINE_GATEWAY_PORT", "38080")).runningGatewayUrl(Map.of("FIELDLINE_GATEWAY_PORT",
                "38080")));
    }
}
