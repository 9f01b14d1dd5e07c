package dev.cvp.process.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.strategy.Strategy;
import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.support.task.TaskRunner;
import dev.cvp.support.task.TaskRunners;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the tasks of a kernel in worker processes through a fixed number of lanes, handing each
 * lane the next task as soon as it is free (like {@code multiprocessing.Pool.map} with a chunk
 * size of one), so an uneven kernel (primes) still keeps every worker busy.
 *
 * <p>A lane is a thread of the shared {@code platform-pool} (one per lane, started with the
 * strategy) that talks to one worker at a time and spends nearly all its time blocked on a pipe,
 * so the parent uses almost no CPU while the workers compute. What a lane does with a task (send
 * it to a long-lived worker, or start a JVM for it) is the subclass's business. When a task fails,
 * its lane stops the others (no new task, every worker destroyed) and the run fails with that
 * task's own exception.
 */
abstract class LaneStrategy implements Strategy {

    private final String name;
    private final int lanes;
    private final TaskRunner laneThreads;
    private volatile boolean closed;

    LaneStrategy(String name, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException(name + " needs at least one worker, got " + lanes);
        }
        this.name = name;
        this.lanes = lanes;
        this.laneThreads = TaskRunners.platformPool(lanes);
    }

    @Override
    public final String name() {
        return name;
    }

    /** How many tasks run at once: the number of worker processes. */
    public final int lanes() {
        return lanes;
    }

    /**
     * Runs every task of the kernel in a worker process. The kernel must be one a worker can
     * rebuild from its {@link KernelSpec}: a bench-cpu kernel, possibly resized.
     *
     * @throws IOException           a worker's failure, as itself (its message names the worker and the task)
     * @throws IllegalStateException if the strategy is closed
     */
    @Override
    public final long run(Kernel kernel) throws Exception {
        if (closed) {
            throw new IllegalStateException(name + ": closed");
        }
        KernelSpec spec = KernelSpec.of(kernel);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        return laneThreads.runAll(lanes, lane -> runLane(lane, spec, next, firstFailure));
    }

    /**
     * Lane {@code lane}: takes the next task until none is left. The first lane to fail stops the
     * others by destroying their workers; they then fail too, and rethrow that first failure, so
     * the caller sees the cause rather than a lane's "worker was killed".
     */
    private long runLane(int lane, KernelSpec spec, AtomicInteger next, AtomicReference<Exception> firstFailure)
            throws IOException, InterruptedException {
        long sum = 0;
        try {
            for (int task; (task = next.getAndIncrement()) < spec.tasks(); ) {
                sum += runTask(lane, spec, task);
            }
            return sum;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (firstFailure.compareAndSet(null, e)) {
                next.set(spec.tasks()); // the other lanes take no new task,
                destroyWorkers();       // and the one they are waiting for fails at once
                throw e;
            }
            Exception first = firstFailure.get();
            if (first instanceof IOException io) {
                throw io;
            }
            if (first instanceof InterruptedException ie) {
                throw ie;
            }
            throw (RuntimeException) first;
        }
    }

    /** Computes one task in a worker process, on the thread of lane {@code lane}. */
    abstract long runTask(int lane, KernelSpec spec, int task) throws IOException, InterruptedException;

    /** Kills every worker process this strategy owns right now (failure, or close). */
    abstract void destroyWorkers();

    /** Destroys the workers, then stops the lane threads; idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            destroyWorkers();
        } finally {
            stopLanes();
        }
    }

    /** Stops the lane threads ({@link dev.cvp.support.Shutdown}). */
    final void stopLanes() {
        laneThreads.close();
    }
}
