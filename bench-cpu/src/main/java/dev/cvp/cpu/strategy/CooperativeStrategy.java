package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;

/**
 * Cooperative multitasking on ONE thread (the caller): every task is started at once and the
 * thread goes round the unfinished tasks, running a slice of each in turn, as an event loop runs
 * coroutines that yield. All tasks are in progress together (concurrency), but only one core ever
 * works (no parallelism), so on any core count it costs what {@code sequential} costs plus the
 * switching. The default slice is one unit (about 0.1 to 0.3 ms of work between yields).
 */
final class CooperativeStrategy implements Strategy {

    private final int unitsPerSlice;

    CooperativeStrategy(int unitsPerSlice) {
        if (unitsPerSlice < 1) {
            throw new IllegalArgumentException("cooperative needs unitsPerSlice >= 1, got " + unitsPerSlice);
        }
        this.unitsPerSlice = unitsPerSlice;
    }

    @Override
    public String name() {
        return "cooperative";
    }

    @Override
    public long run(Kernel kernel) {
        int tasks = kernel.tasks();
        int units = kernel.unitsPerTask();
        int[] nextUnit = new int[tasks];
        int unfinished = tasks;
        long sum = 0;
        while (unfinished > 0) {
            for (int task = 0; task < tasks; task++) {
                int from = nextUnit[task];
                if (from == units) {
                    continue;
                }
                int to = Math.min(units, from + unitsPerSlice);
                for (int unit = from; unit < to; unit++) {
                    sum += kernel.computeUnit(task, unit);
                }
                nextUnit[task] = to;
                if (to == units) {
                    unfinished--;
                }
            }
        }
        return sum;
    }
}
