package dev.cvp.io.server;

import java.io.IOException;
import java.net.InetSocketAddress;

/** A started latency server, in this JVM ({@link LatencyServer}) or in a child process ({@link ServerProcess}). */
public interface RunningServer extends AutoCloseable {

    /** Where it listens: always a loopback address. */
    InetSocketAddress address();

    /** Its counters now. */
    ServerStats stats() throws IOException;

    /** Starts a new peak-in-flight measurement. */
    void resetPeak() throws IOException;

    /** Stops it and closes every connection it holds. */
    @Override
    void close() throws IOException;
}
