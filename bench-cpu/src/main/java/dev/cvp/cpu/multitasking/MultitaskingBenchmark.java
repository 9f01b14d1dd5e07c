package dev.cvp.cpu.multitasking;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.JmhDefaults;
import java.util.List;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the two multitasking benchmarks share: the fork flags, the granularity and task-count
 * parameters, and the scheduler's lifecycle. A subclass holds the {@code strategy} parameter (the
 * scheduler's name), starts what runs beside its measurement, and holds one {@code @Benchmark}.
 *
 * <p>Every fork runs all virtual threads on ONE carrier, so that {@code virtual-cooperative} is
 * truly cooperative: the flags are in {@code jvmArgsPrepend}, which the runner's own
 * {@code -jvmArgsAppend} (the pinned core count) does not replace.
 */
@Fork(value = 1, jvmArgsPrepend = {
        "-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1"})
@State(Scope.Benchmark)
@ParamRole(name = "granularity", means = ParamMeaning.GRANULARITY_US)
@ParamRole(name = "cpuTasks", means = ParamMeaning.TASKS)
public abstract class MultitaskingBenchmark extends JmhDefaults {

    /** How {@code preemptive} is built, for the subclasses' role declarations. */
    static final String PREEMPTIVE_NOTE = "a platform thread per CPU task plus one for the ticker; the OS switches"
            + " between them";
    /** How {@code virtual-cooperative} is built. */
    static final String VIRTUAL_COOPERATIVE_NOTE = "a virtual thread per CPU task and one for the ticker, all on one"
            + " carrier; each task calls Thread.yield() after every slice";
    /** How {@code cooperative} is built. */
    static final String COOPERATIVE_NOTE = "one thread going round the CPU tasks a slice at a time, as an event loop,"
            + " running the ticker between slices";

    /**
     * Microseconds of work a cooperative task does between two yields, from fine (10 us) to
     * coarse (10 ms). The preemptive scheduler never yields, so for it this is a control: its
     * numbers should not move with it.
     */
    @Param({"10", "100", "1000", "10000"})
    public int granularity;

    /**
     * CPU-bound tasks running beside the ticker (K). Two keep both cores of a 2-core machine busy
     * under the preemptive scheduler, so the ticker always has to take a core from someone.
     * Deliberately not named {@code tasks}: the runner's {@code -p tasks=...} is for the kernels.
     */
    @Param({"2"})
    public int cpuTasks;

    private Scheduler scheduler;
    private long sliceNanos;

    /** The scheduler's name: the subclass's {@code strategy} parameter. */
    protected abstract String strategy();

    /** Starts what runs beside the measurement (called once the scheduler exists). */
    protected abstract void start(Scheduler scheduler);

    /** Stops what {@link #start} started and checks its results (called before the scheduler closes). */
    protected abstract void stop();

    /** Creates the scheduler (and its ticker thread, if it has one), then the subclass's background. */
    @Setup(Level.Trial)
    public void startScheduler() {
        if (cpuTasks < 1 || granularity < 1) {
            throw new IllegalArgumentException("cpuTasks and granularity must be >= 1; got cpuTasks=" + cpuTasks
                    + " granularity=" + granularity);
        }
        sliceNanos = granularity * 1_000L;
        scheduler = Schedulers.REGISTRY.create(strategy());
        start(scheduler);
    }

    /** Stops the background work, then the scheduler's threads: nothing outlives the trial. */
    @TearDown(Level.Trial)
    public void stopScheduler() {
        try {
            stop();
        } finally {
            scheduler.close();
        }
    }

    /** The scheduler of this trial. */
    final Scheduler scheduler() {
        return scheduler;
    }

    /** Runs {@code tasks} with this trial's scheduler and granularity. */
    final long runTasks(List<? extends SlicedTask> tasks) throws InterruptedException {
        return scheduler.run(tasks, sliceNanos);
    }
}
