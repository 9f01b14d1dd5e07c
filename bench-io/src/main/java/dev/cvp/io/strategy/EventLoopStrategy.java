package dev.cvp.io.strategy;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.support.task.Failures;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * One thread, one {@link EventLoop}: start every task as callbacks on the loop, then run the loop
 * on the calling thread until all are done, like {@code asyncio.run(gather(...))}. The tasks
 * overlap their waits, but everything they compute runs on this one thread, one callback at a
 * time: concurrency without parallelism, whatever the core count.
 */
final class EventLoopStrategy implements Strategy {

    /** How long an operation may take before it fails (a lost response must not hang the benchmark). */
    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(5);

    private final EventLoop loop;

    EventLoopStrategy() throws IOException {
        this.loop = new EventLoop();
    }

    @Override
    public String name() {
        return Strategies.EVENT_LOOP;
    }

    @Override
    public boolean supports(Workload workload) {
        return workload instanceof LoopWorkload;
    }

    @Override
    public long run(Workload workload, int tasks) throws Exception {
        LoopWorkload onLoop = (LoopWorkload) workload;
        Completion completion = new Completion(tasks);
        for (int task = 0; task < tasks; task++) {
            onLoop.runOnLoop(task, loop, completion);
        }
        loop.runUntil(completion::finished, TIMEOUT_NANOS);
        return completion.sum();
    }

    @Override
    public void close() {
        loop.close();
    }

    /** Counts tasks down as their callbacks arrive; everything here runs on the loop thread. */
    private static final class Completion implements TaskCallback {
        private int remaining;
        private long sum;
        private Throwable failure;

        Completion(int tasks) {
            this.remaining = tasks;
        }

        @Override
        public void done(long result) {
            sum += result;
            remaining--;
        }

        @Override
        public void failed(Throwable error) {
            if (failure == null) {
                failure = error;
            }
            remaining--;
        }

        boolean finished() {
            return remaining <= 0;
        }

        long sum() throws Exception {
            if (failure != null) {
                throw Failures.rethrow(failure);
            }
            return sum;
        }
    }
}
