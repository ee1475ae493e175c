package io.fieldline.local;

/** Where the launcher reports what it is doing. */
@FunctionalInterface
public interface Progress {

    Progress SILENT = message -> {
    };

    Progress CONSOLE = message -> System.out.println("==> " + message);

    void step(String message);
}
