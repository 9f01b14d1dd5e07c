package dev.cvp.support.task;

/**
 * {@code sequential}, the baseline of every module: the calling thread runs the tasks one after
 * another, so each one ends before the next starts. No concurrency, no parallelism.
 */
final class Sequential implements TaskRunner {

    @Override
    public String name() {
        return TaskRunners.SEQUENTIAL;
    }

    @Override
    public int inFlight(int tasks) {
        return Math.min(1, tasks);
    }

    /** Stops at the first task that fails: the tasks after it have not started. */
    @Override
    public <X extends Exception> long runAll(int tasks, Task<X> task) throws X {
        long sum = 0;
        for (int t = 0; t < tasks; t++) {
            sum += task.run(t);
        }
        return sum;
    }
}
