package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;

/**
 * How the tasks of a {@link Kernel} are executed: on one thread, on a pool, under a global lock,
 * interleaved by hand... Every strategy computes the same result, the sum of
 * {@link Kernel#computeTask} over all tasks; only the time it takes differs.
 *
 * <p>A strategy may own threads (a pool); {@link #close()} releases them. Create one per trial
 * ({@link Strategies#REGISTRY}), run it many times, close it once.
 */
public interface Strategy extends AutoCloseable {

    /** The strategy's name, as {@link Strategies#REGISTRY} knows it. */
    String name();

    /**
     * Runs every task of the kernel once and returns the sum of their results.
     *
     * @throws Exception             the exception the first failing task threw, as itself
     *                               ({@link dev.cvp.support.task.TaskRunner}'s one failure behaviour)
     * @throws IllegalStateException if the strategy is closed
     */
    long run(Kernel kernel) throws Exception;

    /** Releases the threads this strategy owns and waits for them to stop; idempotent. */
    @Override
    default void close() {
    }
}
