package dev.cvp.io.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of {@code size} platform threads, all started once per trial. At most {@code size} tasks
 * wait at once; the rest queue. So an operation of T tasks takes about ceil(T / size) waits:
 * the pool size, not the core count, sets the concurrency of waiting work.
 */
final class PlatformPool implements Strategy {

    private final int size;
    private final ThreadPoolExecutor pool;

    /** Starts all {@code size} threads now, so no operation pays for creating them. */
    PlatformPool(int size) {
        this.size = size;
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("platform-pool-" + size + "-", 0).daemon().factory());
        this.pool.prestartAllCoreThreads();
    }

    @Override
    public String name() {
        return Strategies.PLATFORM_POOL_PREFIX + size;
    }

    @Override
    public int inFlight(int tasks) {
        return Math.min(size, tasks);
    }

    @Override
    public long run(Workload workload, int tasks) throws Exception {
        List<Callable<Long>> calls = new ArrayList<>(tasks);
        for (int task = 0; task < tasks; task++) {
            int t = task;
            calls.add(() -> workload.runBlocking(t));
        }
        long sum = 0;
        for (Future<Long> result : pool.invokeAll(calls)) {
            try {
                sum += result.get();
            } catch (ExecutionException e) {
                throw Failures.unwrap(e.getCause());
            }
        }
        return sum;
    }

    /** Stops the threads: they finish what they run (nothing, between operations) and exit. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
