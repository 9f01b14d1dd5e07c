package dev.cvp.support.task;

/**
 * A module's strategy that is one of the shared runners ({@link TaskRunners}): its name, the tasks
 * it keeps in flight and its threads are the runner's; the module's subclass adds only how its
 * work (a kernel, a workload) becomes the runner's tasks.
 */
public abstract class SharedStrategy implements AutoCloseable {

    /** The shared runner this strategy is. */
    protected final TaskRunner runner;

    protected SharedStrategy(TaskRunner runner) {
        this.runner = runner;
    }

    /** The runner's name, e.g. {@code platform-pool-64}. */
    public String name() {
        return runner.name();
    }

    /** {@link TaskRunner#inFlight}. */
    public int inFlight(int tasks) {
        return runner.inFlight(tasks);
    }

    /** Stops the runner's threads. */
    @Override
    public void close() {
        runner.close();
    }
}
