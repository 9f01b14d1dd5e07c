package dev.cvp.support.task;

import dev.cvp.support.Shutdown;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code platform-pool}: a fixed pool of platform threads, every one started when the pool is made
 * (in trial setup), so no operation pays for creating them. At most {@code size} tasks run at once;
 * the rest wait in the pool's queue and go to whichever thread is free next, so uneven tasks still
 * keep every thread busy. CPU work sizes the pool to the cores; waiting work sizes it far above
 * (the size, not the core count, then sets how many waits overlap).
 */
final class PlatformPool implements TaskRunner {

    private final String name;
    private final int size;
    private final ThreadPoolExecutor pool;

    PlatformPool(String name, int size) {
        if (size < 1) {
            throw new IllegalArgumentException(name + " needs at least one thread, got " + size);
        }
        this.name = name;
        this.size = size;
        this.pool = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name(name + "-", 0).daemon().factory());
        this.pool.prestartAllCoreThreads();
    }

    @Override
    public String name() {
        return name;
    }

    /** The threads the pool holds now: all {@code size} of them from the start. */
    int threads() {
        return pool.getPoolSize();
    }

    @Override
    public int inFlight(int tasks) {
        return Math.min(size, tasks);
    }

    @Override
    public <X extends Exception> long runAll(int tasks, Task<X> task) throws X, InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Callable<Long>> calls = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            int index = t;
            calls.add(() -> {
                try {
                    return task.run(index);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    throw e;
                }
            });
        }
        List<Future<Long>> results;
        try {
            results = pool.invokeAll(calls); // returns once every task has ended
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException(name + ": closed", e);
        }
        if (failure.get() != null) {
            throw Failures.<X>rethrow(failure.get());
        }
        long sum = 0;
        for (Future<Long> result : results) {
            try {
                sum += result.get();
            } catch (ExecutionException e) {
                throw Failures.<X>rethrow(e.getCause()); // not reached: failures are recorded above
            }
        }
        return sum;
    }

    @Override
    public void close() {
        Shutdown.stop(name, pool);
    }
}
