package io.fieldline.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service of {@code ./fieldline up} that dies after it started is noticed at once, with why it said it died. */
class ServiceEndingTest {

    private final Path home = Path.of("target/service-ending-test").toAbsolutePath();

    @Test
    void aServiceThatEndsByItselfIsReportedWithItsExitCodeAndTheEndOfItsLog() throws Exception {
        DataDirectory.empty(home);
        Files.createDirectories(home);
        Path jar = runnableJar(DyingService.class);

        try (ServiceProcess service = ServiceProcess.start("dying-service", jar, FreePorts.pick(), FreePorts.pick(),
                Map.of(), home.resolve("logs"))) {
            assertSame(service, service.exited().get(30, TimeUnit.SECONDS));
            String report = service.exitReport();
            assertTrue(report.contains("dying-service stopped by itself (exit code 3)"), report);
            assertTrue(report.contains("FATAL the database went away"), report);
        }
    }

    /** A runnable jar holding just {@code main}'s class, as a service's runnable jar holds its application. */
    private Path runnableJar(Class<?> main) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        Path jar = home.resolve("dying-service.jar");
        String entry = main.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            try (var bytes = main.getClassLoader().getResourceAsStream(entry)) {
                bytes.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }

    /** Starts, says why it gives up, and ends with code 3. */
    public static final class DyingService {

        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(300);
            System.out.println("FATAL the database went away");
            System.exit(3);
        }
    }
}
