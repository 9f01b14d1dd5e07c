package dev.cvp.cpu.strategy;

import static dev.cvp.support.task.TaskRunners.PLATFORM_POOL;
import static dev.cvp.support.task.TaskRunners.SEQUENTIAL;
import static dev.cvp.support.task.TaskRunners.THREAD_PER_TASK;
import static dev.cvp.support.task.TaskRunners.VIRTUAL;

import dev.cvp.support.task.Registry;
import dev.cvp.support.task.TaskRunners;
import java.time.Duration;

/**
 * The kernel strategies, by the names {@code KernelBenchmark}'s {@code strategy} parameter uses:
 * the four every module shares (from {@link TaskRunners}) and the four that are bench-cpu's own.
 * Pools are sized to {@link Runtime#availableProcessors()}, which the runner pins with
 * {@code -XX:ActiveProcessorCount}.
 */
public final class Strategies {

    /** Work stealing on a pool of one thread per core. */
    public static final String FORK_JOIN = "fork-join";
    /** A parallel stream on the common pool. */
    public static final String PARALLEL_STREAM = "parallel-stream";
    /** A thread per task under one global lock, as CPython's. */
    public static final String GIL = "gil";
    /** One thread going round the tasks, a slice each, as an event loop runs coroutines. */
    public static final String COOPERATIVE = "cooperative";

    /** CPython's default {@code sys.getswitchinterval()}: how long a thread keeps the GIL. */
    public static final Duration GIL_SWITCH_INTERVAL = Duration.ofMillis(5);

    /** Every kernel strategy, baseline ({@code sequential}) first. */
    public static final Registry<Strategy> REGISTRY = Registry.<Strategy>builder("bench-cpu strategy")
            .addFrom(TaskRunners.REGISTRY, RunnerStrategy::new, SEQUENTIAL, THREAD_PER_TASK, PLATFORM_POOL)
            .add(FORK_JOIN, () -> new ForkJoinStrategy(Runtime.getRuntime().availableProcessors()))
            .add(PARALLEL_STREAM, ParallelStreamStrategy::new)
            .addFrom(TaskRunners.REGISTRY, RunnerStrategy::new, VIRTUAL)
            .add(GIL, () -> new GilStrategy(GIL_SWITCH_INTERVAL))
            .add(COOPERATIVE, () -> new CooperativeStrategy(1))
            .build();

    private Strategies() {
    }
}
