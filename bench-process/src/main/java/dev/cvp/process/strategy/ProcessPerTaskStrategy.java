package dev.cvp.process.strategy;

import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.process.spawn.OneShotWorker;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code process-per-task}: a fresh JVM for every task, at most one per lane at a time (like
 * {@code multiprocessing.Pool(maxtasksperchild=1)}).
 *
 * <p>Every task pays a whole JVM life: fork and exec, class loading, running its kernel cold
 * (interpreted until the JIT catches up), and exit. That cost is fixed per task, so this strategy
 * only pays off when tasks are much longer than a JVM start; the break-even benchmark finds where.
 */
public final class ProcessPerTaskStrategy extends LaneStrategy {

    /** The name under which {@link ProcessStrategies#REGISTRY} makes this strategy. */
    public static final String NAME = "process-per-task";

    private final Set<OneShotWorker> running = ConcurrentHashMap.newKeySet();

    /** At most {@code lanes} task JVMs run at once. */
    public ProcessPerTaskStrategy(int lanes) {
        super(NAME, lanes);
    }

    @Override
    long runTask(int lane, KernelSpec spec, int task) throws IOException, InterruptedException {
        OneShotWorker worker = OneShotWorker.start(WorkerMode.TASK, spec.kernel(),
                Integer.toString(spec.tasks()), Integer.toString(spec.units()), Integer.toString(task));
        running.add(worker);
        try {
            return worker.answer();
        } finally {
            running.remove(worker);
        }
    }

    @Override
    void destroyWorkers() {
        List.copyOf(running).forEach(OneShotWorker::destroy);
    }
}
