package dev.cvp.cpu;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.PARALLEL;
import static dev.cvp.bundle.declare.Role.SERIALIZED;
import static dev.cvp.bundle.declare.Role.SINGLE_THREAD;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.EVENT_LOOP;
import static dev.cvp.bundle.declare.Worker.THREAD;
import static dev.cvp.bundle.declare.Worker.VIRTUAL_THREAD;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.JmhDefaults;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.declare.Role;
import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.cpu.strategy.Strategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every CPU-kernel benchmark shares: the mode, the two parameters, and the lifecycle
 * of the kernel and the strategy. A subclass names its kernel and holds one {@code @Benchmark}
 * that explains what that kernel teaches.
 *
 * <p>One operation runs ALL tasks of the kernel once with the chosen strategy, so the score is the
 * time for the whole job (average time, ms/op): lower is better, and the ratio between core counts
 * is the parallel speedup. The JMH defaults (inherited from {@link JmhDefaults}) serve a run by hand; the profiles in
 * {@code scripts/profiles/} override them on the command line.
 */
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER, note = "one task after another")
@Role(strategy = "thread-per-task", does = PARALLEL, runsOn = THREAD, note = "a new platform thread per task")
@Role(strategy = "platform-pool", does = PARALLEL, runsOn = THREAD, note = "a pool of one platform thread per core")
@Role(strategy = "fork-join", does = PARALLEL, runsOn = THREAD, note = "work stealing, one thread per core")
@Role(strategy = "parallel-stream", does = PARALLEL, runsOn = THREAD, note = "a parallel stream on the common pool")
@Role(strategy = "virtual", does = PARALLEL, runsOn = VIRTUAL_THREAD, note = "a virtual thread per task")
@Role(strategy = "gil", does = SERIALIZED, runsOn = THREAD,
        note = "a thread per task; one global lock held for 5 ms slices, as CPython's GIL")
@Role(strategy = "cooperative", does = SINGLE_THREAD, runsOn = EVENT_LOOP,
        note = "one thread going round the tasks a slice at a time, as an event loop")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public abstract class KernelBenchmark extends JmhDefaults {

    /** How the tasks run; {@code sequential} is the baseline every other strategy is compared to. */
    @Param({"sequential", "thread-per-task", "platform-pool", "fork-join",
            "parallel-stream", "virtual", "gil", "cooperative"})
    public String strategy;

    /**
     * Tasks per operation. {@code scripts/bench.sh} passes 4 x the largest core count of the run
     * (at least 8), so every core has several tasks: uneven tasks and oversubscription show.
     */
    @Param({"8"})
    public int tasks;

    private Kernel kernel;
    private Strategy runner;

    /** The kernel this benchmark measures, one of {@link Kernels#names()}. */
    protected abstract String kernelName();

    /** Allocates the kernel's inputs and the strategy's threads once, outside any measurement. */
    @Setup(Level.Trial)
    public void createKernelAndStrategy() {
        kernel = Kernels.create(kernelName(), tasks);
        runner = Strategies.REGISTRY.create(strategy);
    }

    /** Stops the strategy's threads, so no pool outlives its trial. */
    @TearDown(Level.Trial)
    public void closeStrategy() {
        runner.close();
    }

    /** One operation: every task of the kernel, run by the strategy; the sum is returned to JMH. */
    protected final long runAllTasks() throws Exception {
        return runner.run(kernel);
    }
}
