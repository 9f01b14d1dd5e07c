package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;

/**
 * How the tasks of a {@link Kernel} are executed: on one thread, on a pool, under a global lock,
 * interleaved by hand... Every strategy computes the same result, the sum of
 * {@link Kernel#computeTask} over all tasks; only the time it takes differs.
 *
 * <p>A strategy may own threads (a pool); {@link #close()} releases them. Create one per trial,
 * run it many times, close it once.
 */
public interface Strategy extends AutoCloseable {

    /** The strategy's name, as accepted by {@link Strategies#create}. */
    String name();

    /**
     * Runs every task of the kernel once and returns the sum of their results.
     *
     * @throws IllegalStateException if the strategy is closed, or (for strategies that run tasks
     *     on executor threads) wrapping the exception a task threw; strategies that run tasks on
     *     the calling thread or a fork-join pool rethrow the task's own unchecked exception
     */
    long run(Kernel kernel);

    /** Releases the threads this strategy owns and waits for them to stop; idempotent. */
    @Override
    default void close() {
    }
}
