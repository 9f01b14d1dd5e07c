package dev.cvp.io.testing;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.strategy.AsyncWorkload;
import dev.cvp.io.strategy.LoopWorkload;
import dev.cvp.io.strategy.TaskCallback;
import dev.cvp.io.strategy.Workload;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Wraps a workload and counts how often each task ran, through whichever face, so a test can
 * check that a strategy ran every task exactly once. The wrapped result passes through unchanged.
 */
public final class RecordingWork implements AsyncWorkload, LoopWorkload {

    private final Workload inner;
    private final AtomicIntegerArray runs;

    public RecordingWork(Workload inner, int tasks) {
        this.inner = inner;
        this.runs = new AtomicIntegerArray(tasks);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public int filesPerTask() {
        return inner.filesPerTask();
    }

    @Override
    public long runBlocking(int task) throws Exception {
        runs.incrementAndGet(task);
        return inner.runBlocking(task);
    }

    @Override
    public CompletableFuture<Long> runAsync(int task) {
        runs.incrementAndGet(task);
        return ((AsyncWorkload) inner).runAsync(task);
    }

    @Override
    public void runOnLoop(int task, EventLoop loop, TaskCallback callback) {
        runs.incrementAndGet(task);
        ((LoopWorkload) inner).runOnLoop(task, loop, callback);
    }

    /** The first task that did not run exactly once, or -1 when all did. */
    public int firstTaskNotRunOnce() {
        for (int task = 0; task < runs.length(); task++) {
            if (runs.get(task) != 1) {
                return task;
            }
        }
        return -1;
    }
}
