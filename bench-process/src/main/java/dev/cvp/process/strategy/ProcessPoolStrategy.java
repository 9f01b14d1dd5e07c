package dev.cvp.process.strategy;

import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.process.spawn.WorkerProcess;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code process-pool}: long-lived worker JVMs, started once and fed tasks over their stdin and
 * stdout, like Python's {@code multiprocessing.Pool}.
 *
 * <p>The JVM start is paid once per pool, not per task; what each task still pays is the pipe
 * round-trip (request and answer copied through the OS) and the lane hand-over. Workers keep the
 * kernel and its JIT-compiled code between tasks, so after a warm-up they compute as fast as a
 * thread of the parent would.
 */
public final class ProcessPoolStrategy extends LaneStrategy {

    /** The name under which {@link ProcessStrategies#REGISTRY} makes this strategy. */
    public static final String NAME = "process-pool";

    private final List<WorkerProcess> workers;

    /**
     * Starts {@code workers} worker JVMs and waits until all are ready.
     *
     * @throws UncheckedIOException when a worker cannot be started (none is left running)
     */
    public ProcessPoolStrategy(int workers) {
        super(NAME, workers);
        try {
            this.workers = WorkerProcess.startAll(WorkerMode.SERVE, workers);
        } catch (IOException e) {
            stopLanes();
            throw new UncheckedIOException(NAME + ": cannot start " + workers + " worker JVMs: " + e.getMessage(), e);
        }
    }

    /** The worker processes, for their pids and resident memory. */
    public List<ProcessHandle> workerProcesses() {
        return workers.stream().map(WorkerProcess::handle).toList();
    }

    @Override
    long runTask(int lane, KernelSpec spec, int task) throws IOException {
        return workers.get(lane).computeTask(spec, task);
    }

    @Override
    void destroyWorkers() {
        workers.forEach(WorkerProcess::destroy);
    }

    /** Asks every worker to exit (closes its stdin), then destroys any that did not. */
    @Override
    public void close() {
        workers.forEach(WorkerProcess::close);
        super.close();
    }
}
