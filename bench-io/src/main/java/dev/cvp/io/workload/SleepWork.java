package dev.cvp.io.workload;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.strategy.AsyncWorkload;
import dev.cvp.io.strategy.LoopWorkload;
import dev.cvp.io.strategy.TaskCallback;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Pure waiting, the Java counterpart of {@code await asyncio.sleep(latency)}: no I/O, no CPU, just
 * time passing. Each task returns 1, so an operation returns its task count.
 *
 * <p>Blocking: {@link Thread#sleep}. Async: a future completed by
 * {@link CompletableFuture#delayedExecutor} (one timer thread for the whole JVM). Event loop: an
 * entry in the loop's timer queue, which is all {@code asyncio.sleep} is.
 */
public final class SleepWork implements AsyncWorkload, LoopWorkload {

    private final long latencyMillis;
    private final Executor afterLatency;

    public SleepWork(long latencyMillis) {
        this.latencyMillis = latencyMillis;
        this.afterLatency = CompletableFuture.delayedExecutor(latencyMillis, TimeUnit.MILLISECONDS, Runnable::run);
    }

    @Override
    public String name() {
        return "sleep";
    }

    @Override
    public long runBlocking(int task) throws InterruptedException {
        Thread.sleep(latencyMillis);
        return 1;
    }

    @Override
    public CompletableFuture<Long> runAsync(int task) {
        return CompletableFuture.supplyAsync(() -> 1L, afterLatency);
    }

    @Override
    public void runOnLoop(int task, EventLoop loop, TaskCallback callback) {
        loop.schedule(TimeUnit.MILLISECONDS.toNanos(latencyMillis), () -> callback.done(1));
    }
}
