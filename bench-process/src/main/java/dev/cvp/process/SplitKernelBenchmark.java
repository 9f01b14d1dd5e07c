package dev.cvp.process;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.PARALLEL;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.PROCESS;
import static dev.cvp.bundle.declare.Worker.THREAD;

import dev.cvp.support.declare.Role;
import dev.cvp.support.JmhDefaults;
import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.strategy.Strategy;
import dev.cvp.process.strategy.ProcessStrategies;
import dev.cvp.support.task.TaskRunners;
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
 * What the benchmarks that split a bench-cpu kernel across workers share: the strategy and task
 * parameters, and the lifecycle of the workers.
 *
 * <p>One operation runs every task of the kernel once, so the score is the time of the whole job
 * (average time, ms/op). Worker pools (threads or JVMs, one per available processor) start in the
 * trial's setup and stop in its teardown: their start cost is measured by
 * {@link StartCostBenchmark}, not here; {@code process-per-task} starts its JVMs inside the
 * operation, because that is the strategy.
 */
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER, note = "one task after another")
@Role(strategy = "platform-pool", does = PARALLEL, runsOn = THREAD,
        note = "bench-cpu's pool of one platform thread per core")
@Role(strategy = "process-pool", does = PARALLEL, runsOn = PROCESS,
        note = "one long-lived worker JVM per core, started in setup, fed tasks over pipes")
@Role(strategy = "process-per-task", does = PARALLEL, runsOn = PROCESS,
        note = "a fresh JVM per task, at most one per core at a time")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public abstract class SplitKernelBenchmark extends JmhDefaults {

    /**
     * How the tasks run ({@link ProcessStrategies#REGISTRY}): {@code sequential} (the baseline,
     * one thread), {@code platform-pool} (the shared thread pool bench-cpu runs, the reference),
     * {@code process-pool} (long-lived worker JVMs fed over pipes) and {@code process-per-task}
     * (a fresh JVM per task).
     */
    @Param({"sequential", "platform-pool", "process-pool", "process-per-task"})
    public String strategy;

    /** Tasks per operation; {@code scripts/bench.sh} passes 4 x the largest core count (at least 8). */
    @Param({"8"})
    public int tasks;

    private Kernel kernel;
    private Strategy runner;

    /** The kernel one operation runs, built from this benchmark's parameters. */
    protected abstract Kernel createKernel();

    /**
     * Builds the kernel, starts the strategy's workers, and runs the kernel once through them,
     * checked against {@code sequential}: the workers load and compile the kernel before the first
     * measured operation, and a worker that computes anything else fails the trial.
     */
    @Setup(Level.Trial)
    public void startWorkers() throws Exception {
        kernel = createKernel();
        runner = ProcessStrategies.REGISTRY.create(strategy);
        long expected;
        try (Strategy sequential = ProcessStrategies.REGISTRY.create(TaskRunners.SEQUENTIAL)) {
            expected = sequential.run(kernel);
        }
        long actual = runner.run(kernel);
        if (actual != expected) {
            runner.close();
            throw new IllegalStateException(strategy + " computed " + actual + " for " + kernel.name()
                    + " but sequential computed " + expected);
        }
    }

    /** Stops the workers (threads or JVMs, with their descendants), so none outlives its trial. */
    @TearDown(Level.Trial)
    public void stopWorkers() {
        runner.close();
    }

    /** One operation: every task of the kernel, run by the strategy; the sum goes back to JMH. */
    protected final long runAllTasks() throws Exception {
        return runner.run(kernel);
    }
}
