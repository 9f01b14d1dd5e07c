package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;

/** The baseline: the calling thread runs the tasks one after another. No concurrency, no parallelism. */
final class SequentialStrategy implements Strategy {

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public long run(Kernel kernel) {
        long sum = 0;
        for (int task = 0, tasks = kernel.tasks(); task < tasks; task++) {
            sum += kernel.computeTask(task);
        }
        return sum;
    }
}
