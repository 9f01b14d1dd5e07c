package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.harness.Shutdown;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Submits every task to an {@link ExecutorService} and sums the results. The executor is the
 * whole difference between {@code thread-per-task} (a new platform thread per task),
 * {@code platform-pool} (a fixed pool, one thread per core) and {@code virtual} (a virtual thread
 * per task, carried by a pool of one carrier per core); {@link GilStrategy} adds a global lock.
 */
class ExecutorStrategy implements Strategy {

    private final String name;
    private final ExecutorService executor;

    ExecutorStrategy(String name, ExecutorService executor) {
        this.name = name;
        this.executor = executor;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final long run(Kernel kernel) {
        List<Future<Long>> results = new ArrayList<>(kernel.tasks());
        try {
            for (int task = 0, tasks = kernel.tasks(); task < tasks; task++) {
                int t = task;
                results.add(executor.submit(() -> runTask(kernel, t)));
            }
            long sum = 0;
            for (Future<Long> result : results) {
                sum += result.get();
            }
            return sum;
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(name + ": strategy is closed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(name + ": a task failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted while waiting for tasks", e);
        }
    }

    /** Runs one task on an executor thread; subclasses add what happens around the computation. */
    long runTask(Kernel kernel, int task) {
        return kernel.computeTask(task);
    }

    @Override
    public final void close() {
        Shutdown.now(name, executor);
    }
}
