package dev.cvp.support;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one way the bench modules stop threads they started: no pool may outlive the trial that
 * measured it, or it would compete with the next one for the pinned cores.
 *
 * <p>Guava's {@code MoreExecutors.shutdownAndAwaitTermination}: first a polite
 * {@link ExecutorService#shutdown()} (queued and running work may finish; an idle pool, as at the
 * end of a trial, stops at once), and only after half the time limit an
 * {@link ExecutorService#shutdownNow()} that interrupts what still runs.
 */
public final class Shutdown {

    /** How long {@link #stop(String, ExecutorService)} waits in all. */
    public static final Duration LIMIT = Duration.ofMinutes(1);

    private Shutdown() {
    }

    /**
     * Stops {@code executor}'s threads within {@link #LIMIT}.
     *
     * @param owner names the threads' owner in the error, e.g. {@code "fork-join"}
     * @throws IllegalStateException if a thread is still running when the limit is up
     */
    public static void stop(String owner, ExecutorService executor) {
        stop(owner, executor, LIMIT);
    }

    /**
     * Stops {@code executor}'s threads: shuts it down, waits half of {@code limit}, then interrupts
     * what still runs and waits the other half. If the caller is interrupted meanwhile, the
     * threads are interrupted at once and the caller's interrupt flag is restored.
     *
     * @throws IllegalStateException if a thread is still running when the limit is up
     */
    public static void stop(String owner, ExecutorService executor, Duration limit) {
        long half = limit.toNanos() / 2;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(half, TimeUnit.NANOSECONDS)) {
                executor.shutdownNow();
                if (!executor.awaitTermination(half, TimeUnit.NANOSECONDS)) {
                    throw new IllegalStateException(owner + ": threads did not stop within " + limit);
                }
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
