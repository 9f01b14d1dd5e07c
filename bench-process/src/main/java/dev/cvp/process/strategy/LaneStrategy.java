package dev.cvp.process.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.strategy.Strategy;
import dev.cvp.process.kernel.KernelSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the tasks of a kernel in worker processes through a fixed number of lanes, handing each
 * lane the next task as soon as it is free (like {@code multiprocessing.Pool.map} with a chunk
 * size of one), so an uneven kernel (primes) still keeps every worker busy.
 *
 * <p>A lane is a parent thread that talks to one worker at a time and spends nearly all its time
 * blocked on a pipe, so the parent uses almost no CPU while the workers compute. What a lane does
 * with a task (send it to a long-lived worker, or start a JVM for it) is the subclass's business.
 * When any task fails, the subclass destroys its workers ({@link #destroyWorkers()}) and the run
 * fails with one message naming the task.
 */
abstract class LaneStrategy implements Strategy {

    private final String name;
    private final int lanes;
    private final ExecutorService laneThreads;

    LaneStrategy(String name, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException(name + " needs at least one worker, got " + lanes);
        }
        this.name = name;
        this.lanes = lanes;
        this.laneThreads = Executors.newFixedThreadPool(lanes,
                Thread.ofPlatform().name(name + "-lane-", 0).daemon(true).factory());
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
     */
    @Override
    public final long run(Kernel kernel) {
        KernelSpec spec = KernelSpec.of(kernel);
        AtomicInteger next = new AtomicInteger();
        List<Future<Long>> laneSums = new ArrayList<>(lanes);
        try {
            for (int lane = 0; lane < lanes; lane++) {
                int l = lane;
                laneSums.add(laneThreads.submit(() -> {
                    long sum = 0;
                    for (int task; (task = next.getAndIncrement()) < spec.tasks(); ) {
                        sum += runTask(l, spec, task);
                    }
                    return sum;
                }));
            }
            long sum = 0;
            for (Future<Long> laneSum : laneSums) {
                sum += laneSum.get();
            }
            return sum;
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(name + ": strategy is closed", e);
        } catch (ExecutionException e) {
            next.set(spec.tasks());
            destroyWorkers();
            Throwable cause = e.getCause();
            throw new IllegalStateException(name + ": " + (cause.getMessage() != null ? cause.getMessage() : cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            next.set(spec.tasks());
            destroyWorkers();
            throw new IllegalStateException(name + ": interrupted while waiting for workers", e);
        }
    }

    /** Computes one task in a worker process, on the thread of lane {@code lane}. */
    abstract long runTask(int lane, KernelSpec spec, int task) throws IOException, InterruptedException;

    /** Kills every worker process this strategy owns right now (failure, or close). */
    abstract void destroyWorkers();

    /** Destroys the workers, then stops the lane threads; idempotent. */
    @Override
    public void close() {
        destroyWorkers();
        stopLanes();
    }

    /** Stops the lane threads and waits for them (a bounded time). */
    final void stopLanes() {
        laneThreads.shutdownNow();
        try {
            laneThreads.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
