package dev.cvp.io.testing;

import dev.cvp.io.strategy.Workload;

/** A blocking-only workload whose tasks run {@code body}: for strategy tests that need no I/O. */
public final class CountingWork implements Workload {

    /** What one task does. */
    @FunctionalInterface
    public interface Body {
        long run(int task) throws Exception;
    }

    private final Body body;

    public CountingWork(Body body) {
        this.body = body;
    }

    @Override
    public String name() {
        return "counting";
    }

    @Override
    public long runBlocking(int task) throws Exception {
        return body.run(task);
    }
}
