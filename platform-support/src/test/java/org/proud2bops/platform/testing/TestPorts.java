package org.proud2bops.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for servers that tests start later than they configure them. */
public final class TestPorts {

    private TestPorts() {}

    /**
     * A free port below Linux's ephemeral range (32768 and up), for a server started later on a port chosen now: a
     * port from the ephemeral range may meanwhile be taken by one of the process's own outgoing connections.
     */
    public static int reserveForLater() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between 20000 and 32000");
    }
}
