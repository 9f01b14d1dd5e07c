package dev.cvp.support.task;

/**
 * How the tasks of one operation are executed: on the calling thread, a thread each, a pool...
 * Made once per trial, used for every operation, closed at the end of the trial, so that threads
 * are started outside the measurement and none outlives it.
 *
 * <p>One failure behaviour for every runner: when tasks fail, {@link #runAll} throws the exception
 * the first failing task threw, as itself (not wrapped), once no task of the operation is running
 * any more. {@link TaskRunners} makes the runners every module shares.
 */
public interface TaskRunner extends AutoCloseable {

    /** The strategy name, e.g. {@code platform-pool-64}. */
    String name();

    /**
     * How many of {@code tasks} tasks run at the same time: 1 when sequential, the pool size for a
     * pool, all of them otherwise. Little's law then gives the ideal time of an operation.
     */
    default int inFlight(int tasks) {
        return tasks;
    }

    /**
     * Runs tasks {@code 0 .. tasks-1}, waits for all of them, and returns the sum of their results.
     *
     * @throws X                     the first exception a task threw, as itself
     * @throws InterruptedException  if the calling thread is interrupted while it waits
     * @throws IllegalStateException if the runner is closed
     */
    <X extends Exception> long runAll(int tasks, Task<X> task) throws X, InterruptedException;

    /** Stops the threads this runner owns ({@link dev.cvp.support.Shutdown}); idempotent. */
    @Override
    default void close() {
    }
}
