package dev.cvp.io.strategy;

/**
 * Waiting work split into tasks, seen from the blocking side: one call runs one task to the end
 * on the calling thread, blocking it while the task waits. Every workload has this face, so the
 * thread-based strategies (sequential, pools, a thread per task, virtual threads) run them all.
 * A workload that can also wait without a thread adds {@link AsyncWorkload} or
 * {@link LoopWorkload}.
 */
public interface Workload {

    /** A short name for messages, e.g. {@code http}. */
    String name();

    /** Runs task {@code task} to completion, blocking while it waits; returns a checked result. */
    long runBlocking(int task) throws Exception;

    /** Open files (sockets, files) one task holds at its peak, for the open-file-limit check. */
    default int filesPerTask() {
        return 0;
    }
}
