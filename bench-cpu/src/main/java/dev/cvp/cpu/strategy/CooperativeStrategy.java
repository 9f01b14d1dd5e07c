package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;
import java.util.ArrayList;
import java.util.List;

/**
 * Cooperative multitasking on ONE thread (the caller): every task is started at once and the
 * thread goes round the unfinished tasks ({@link RoundRobin}), running a slice of each in turn.
 * All tasks are in progress together (concurrency), but only one core ever works (no
 * parallelism), so on any core count it costs what {@code sequential} costs plus the switching.
 * The default slice is one unit (about 0.1 to 0.3 ms of work between yields).
 */
final class CooperativeStrategy implements Strategy {

    private static final Runnable NOTHING = () -> {
    };

    private final int unitsPerSlice;

    CooperativeStrategy(int unitsPerSlice) {
        if (unitsPerSlice < 1) {
            throw new IllegalArgumentException(Strategies.COOPERATIVE + " needs unitsPerSlice >= 1, got " + unitsPerSlice);
        }
        this.unitsPerSlice = unitsPerSlice;
    }

    @Override
    public String name() {
        return Strategies.COOPERATIVE;
    }

    @Override
    public long run(Kernel kernel) {
        List<KernelTask> tasks = new ArrayList<>(kernel.tasks());
        for (int task = 0; task < kernel.tasks(); task++) {
            tasks.add(new KernelTask(kernel, task));
        }
        RoundRobin.run(tasks, NOTHING);
        long sum = 0;
        for (KernelTask task : tasks) {
            sum += task.sum;
        }
        return sum;
    }

    /** One task of the kernel, resumed {@code unitsPerSlice} units at a time. */
    private final class KernelTask implements RoundRobin.Turn {
        private final Kernel kernel;
        private final int task;
        private int nextUnit;
        private long sum;

        KernelTask(Kernel kernel, int task) {
            this.kernel = kernel;
            this.task = task;
        }

        @Override
        public boolean runSlice() {
            int to = Math.min(kernel.unitsPerTask(), nextUnit + unitsPerSlice);
            for (int unit = nextUnit; unit < to; unit++) {
                sum += kernel.computeUnit(task, unit);
            }
            nextUnit = to;
            return to == kernel.unitsPerTask();
        }
    }
}
