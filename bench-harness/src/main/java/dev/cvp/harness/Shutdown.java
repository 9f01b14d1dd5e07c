package dev.cvp.harness;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stops the threads a benchmark started, at the end of its trial: no pool may outlive the
 * trial that measured it, or it would compete with the next one for the pinned cores.
 */
public final class Shutdown {

    private Shutdown() {
    }

    /**
     * Interrupts {@code executor}'s threads and waits up to a minute for them to end.
     *
     * @param owner names the threads' owner in the error, e.g. {@code "fork-join"}
     * @throws IllegalStateException if a thread is still running after a minute
     */
    public static void now(String owner, ExecutorService executor) {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException(owner + ": threads did not stop within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
