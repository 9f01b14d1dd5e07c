package dev.cvp.io.strategy;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A new thread for every task, all started at once, then joined. With platform threads
 * ({@code thread-per-task}) each is an OS thread: its creation costs tens of microseconds of CPU
 * and its wait holds a kernel thread. With virtual threads ({@code virtual}) creation is cheap
 * and a blocked virtual thread gives its carrier back, so 10,000 waits cost little more than one.
 */
final class ThreadPerTask implements Strategy {

    private final String name;
    private final ThreadFactory threads;

    ThreadPerTask(String name, ThreadFactory threads) {
        this.name = name;
        this.threads = threads;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long run(Workload workload, int tasks) throws Exception {
        long[] results = new long[tasks];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] started = new Thread[tasks];
        for (int task = 0; task < tasks; task++) {
            int t = task;
            started[t] = threads.newThread(() -> {
                try {
                    results[t] = workload.runBlocking(t);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            started[t].start();
        }
        for (Thread thread : started) {
            thread.join();
        }
        if (failure.get() != null) {
            throw Failures.unwrap(failure.get());
        }
        long sum = 0;
        for (long result : results) {
            sum += result;
        }
        return sum;
    }
}
