package io.fieldline.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks TCP ports that are free on this machine at the time of asking, for servers started a little later. They are
 * taken below the system's ephemeral range, where outgoing connections get their local ports: a port picked there
 * could be taken by a client socket (to PostgreSQL or Kafka, say) before its server binds it. A port is handed out
 * once per process.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int pick() {
        int highest = ephemeralStart() - 1;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(LOWEST, highest + 1);
            if (isFree(candidate) && HANDED_OUT.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + highest);
    }

    /** Whether nothing listens on {@code port} of any local address now. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The first port of the ephemeral range: Linux says where it starts; elsewhere, the IANA range's start. */
    private static int ephemeralStart() {
        try {
            return Files.isReadable(EPHEMERAL_RANGE)
                    // read as lines: procfs reports a size of 0, which cuts Files.readString short
                    ? Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0])
                    : 49_152;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
