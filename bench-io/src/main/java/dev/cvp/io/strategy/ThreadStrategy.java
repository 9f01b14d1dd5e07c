package dev.cvp.io.strategy;

import dev.cvp.support.task.SharedStrategy;
import dev.cvp.support.task.TaskRunner;

/**
 * A strategy every bench module shares ({@code sequential}, {@code platform-pool-N},
 * {@code thread-per-task}, {@code virtual}), running a workload's blocking face: task {@code i} of
 * the runner blocks a thread in task {@code i} of the workload. Every workload has that face, so
 * these run them all.
 */
final class ThreadStrategy extends SharedStrategy implements Strategy {

    ThreadStrategy(TaskRunner runner) {
        super(runner);
    }

    @Override
    public long run(Workload workload, int tasks) throws Exception {
        return runner.runAll(tasks, workload::runBlocking);
    }
}
