package dev.cvp.io.strategy;

/**
 * How the tasks of one operation are run. Created once per trial ({@link Strategies#REGISTRY}),
 * closed at its end, so threads and loops are set up outside the measurement.
 */
public interface Strategy extends AutoCloseable {

    /** The name the {@code strategy} parameter uses, e.g. {@code platform-pool-64}. */
    String name();

    /**
     * How many of {@code tasks} tasks wait at the same time: 1 when sequential, the pool size for a
     * pool, all of them otherwise (the default). Little's law then gives the ideal time of an
     * operation: ceil(tasks / inFlight) x latency.
     */
    default int inFlight(int tasks) {
        return tasks;
    }

    /**
     * Whether this strategy can drive {@code workload}. Every workload can be run by threads (the
     * default); async needs futures, event-loop needs callbacks.
     */
    default boolean supports(Workload workload) {
        return true;
    }

    /**
     * Runs tasks 0..tasks-1 of {@code workload}, waits for all, and returns the sum of their results.
     *
     * @throws Exception the exception the first failing task threw, as itself
     */
    long run(Workload workload, int tasks) throws Exception;

    /** Releases threads or loops; the default has none. */
    @Override
    default void close() {
    }
}
