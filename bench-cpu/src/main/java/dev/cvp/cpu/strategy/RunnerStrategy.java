package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.support.task.SharedStrategy;
import dev.cvp.support.task.TaskRunner;

/**
 * A strategy every bench module shares ({@code sequential}, {@code thread-per-task},
 * {@code platform-pool}, {@code virtual}), running a kernel: task {@code i} of the runner computes
 * task {@code i} of the kernel. The runner is the whole difference between them.
 */
final class RunnerStrategy extends SharedStrategy implements Strategy {

    RunnerStrategy(TaskRunner runner) {
        super(runner);
    }

    @Override
    public long run(Kernel kernel) throws InterruptedException {
        return runner.runAll(kernel.tasks(), kernel::computeTask);
    }
}
