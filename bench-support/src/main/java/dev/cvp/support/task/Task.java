package dev.cvp.support.task;

/**
 * One task of an operation, by number: what every bench module hands a {@link TaskRunner}. A CPU
 * kernel computes task {@code i}, an I/O workload waits for request {@code i}, a lane of worker
 * processes works through its share; the runner only decides on which thread each runs.
 *
 * @param <X> the checked exception a task may throw; the runner throws it on as itself
 */
@FunctionalInterface
public interface Task<X extends Exception> {

    /** Runs task {@code task} to its end and returns its (checked) result. */
    long run(int task) throws X;
}
