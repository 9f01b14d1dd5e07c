package dev.cvp.support.task;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A new thread for every task, all started at once, then joined: {@code thread-per-task} with
 * platform threads, {@code virtual} with virtual threads. A platform thread is an OS thread, so
 * every task pays its creation (tens of microseconds) and a blocked one holds a kernel thread; a
 * virtual thread costs an allocation, and a blocked one gives its carrier back.
 *
 * <p>Owns no thread between operations: every thread it starts has ended when {@link #runAll}
 * returns, so there is nothing to close.
 */
final class ThreadPerTask implements TaskRunner {

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
    public <X extends Exception> long runAll(int tasks, Task<X> task) throws X, InterruptedException {
        long[] results = new long[tasks];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] started = new Thread[tasks];
        for (int t = 0; t < tasks; t++) {
            int index = t;
            started[t] = threads.newThread(() -> {
                try {
                    results[index] = task.run(index);
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
            throw Failures.<X>rethrow(failure.get());
        }
        long sum = 0;
        for (long result : results) {
            sum += result;
        }
        return sum;
    }
}
