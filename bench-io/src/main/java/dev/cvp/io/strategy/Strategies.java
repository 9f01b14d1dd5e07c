package dev.cvp.io.strategy;

import static dev.cvp.support.task.TaskRunners.PLATFORM_POOL_PREFIX;
import static dev.cvp.support.task.TaskRunners.SEQUENTIAL;
import static dev.cvp.support.task.TaskRunners.THREAD_PER_TASK;
import static dev.cvp.support.task.TaskRunners.VIRTUAL;

import dev.cvp.support.task.Registry;
import dev.cvp.support.task.TaskRunners;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The strategies of the I/O benchmarks, by the names their {@code strategy} parameter uses: the
 * thread-based ones every module shares (from {@link TaskRunners}), with pools sized by name
 * ({@code platform-pool-64} is 64 threads, any size is accepted), and bench-io's own two, which
 * wait without a thread per task.
 */
public final class Strategies {

    /** Futures completed by the workload's asynchronous API, gathered with {@code allOf}. */
    public static final String ASYNC = "async";
    /** One thread running a selector and a timer queue. */
    public static final String EVENT_LOOP = "event-loop";

    /** Every strategy the benchmarks run, baseline first. */
    public static final Registry<Strategy> REGISTRY = Registry.<Strategy>builder("bench-io strategy")
            .addFrom(TaskRunners.REGISTRY, ThreadStrategy::new, SEQUENTIAL)
            .addSized(PLATFORM_POOL_PREFIX, size -> new ThreadStrategy(TaskRunners.platformPool(size)), 1, 8, 64, 512)
            .addFrom(TaskRunners.REGISTRY, ThreadStrategy::new, THREAD_PER_TASK, VIRTUAL)
            .add(ASYNC, GatherAsync::new)
            .add(EVENT_LOOP, Strategies::eventLoop)
            .build();

    private Strategies() {
    }

    private static Strategy eventLoop() {
        try {
            return new EventLoopStrategy();
        } catch (IOException e) {
            throw new UncheckedIOException(EVENT_LOOP + ": cannot open a selector: " + e.getMessage(), e);
        }
    }
}
