package dev.cvp.io;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.OVERLAPS_WAITS;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.THREAD;
import static dev.cvp.bundle.declare.Worker.VIRTUAL_THREAD;
import static dev.cvp.bundle.declare.Worker.EVENT_LOOP;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.declare.Role;
import dev.cvp.support.JmhDefaults;
import dev.cvp.io.plan.StrategyPlan;
import dev.cvp.io.strategy.Workload;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every I/O benchmark shares: the mode, the workload's lifecycle (opened once per
 * trial, closed at its end, so servers, clients and directories are set up outside the
 * measurement), and the strategies' roles. A subclass is one workload: it says how to open it.
 * {@link SingleWaitBenchmark} adds the benchmarks whose lesson is the same for every kind of waiting
 * (one wait after another; a pool bounds the waits in flight); {@link PipelineBenchmark} has
 * the same three, each also timing the pipeline's stages.
 *
 * <p>Score: average time per operation in ms; lower is better. The inherited JMH defaults serve a run of the
 * jar by hand; the profiles in {@code scripts/profiles/} override them on the command line, except the
 * warm-up in quick, which is each workload's own: the HTTP client and server paths (HTTP, pipeline) take
 * about 3 s at one core before C2 has compiled them (event-loop at 1,000 tasks: 146 ms/op in the first
 * 200 ms, 25 ms/op after 3 s), so this class warms up for 3 x 1 s; sleeps and files settle sooner.
 * HTTP and the pipeline warm up for 7 x 1 s (their own {@code @Warmup}): {@code async}, the JDK's
 * HttpClient, at 1,000 tasks on 2 cores still fell from 105 to 43 ms/op over its first 7 s (and
 * from 158 to 48 across the measured iterations of a default run after 3 s).
 */
@Warmup(iterations = 3, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER, note = IoBenchmark.SEQUENTIAL_NOTE)
@Role(strategy = "platform-pool-1", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "1")
@Role(strategy = "platform-pool-8", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "8")
@Role(strategy = "platform-pool-64", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "64")
@Role(strategy = "platform-pool-512", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "512")
@Role(strategy = "thread-per-task", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.THREAD_PER_TASK_NOTE)
@Role(strategy = "virtual", does = OVERLAPS_WAITS, runsOn = VIRTUAL_THREAD,
        note = "a virtual thread per task; a blocked one leaves its carrier free")
@Role(strategy = "async", does = OVERLAPS_WAITS, runsOn = EVENT_LOOP,
        note = "a future per task, completed by the workload's asynchronous API (a timer, HttpClient's selector),"
                + " gathered with CompletableFuture.allOf")
@Role(strategy = "event-loop", does = OVERLAPS_WAITS, runsOn = EVENT_LOOP,
        note = "one thread running our own NIO selector and timer queue, as asyncio's loop")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@State(Scope.Benchmark)
public abstract class IoBenchmark extends JmhDefaults {

    /** How {@code sequential} is built, for the subclasses' role declarations. */
    static final String SEQUENTIAL_NOTE = "ONE task per operation on the benchmark thread, which blocks in its wait";
    /** How {@code platform-pool-N} is built; N follows. */
    static final String POOL_NOTE = "a fixed pool of platform threads, one wait in flight per thread; size ";
    /** How {@code thread-per-task} is built. */
    static final String THREAD_PER_TASK_NOTE = "a new platform thread per task, each blocked in its own wait";

    private Workload workload;

    /** Makes the workload from the subclass's parameters (start a server, create a directory...). */
    protected abstract Workload openWorkload() throws Exception;

    @Setup(Level.Trial)
    public void openTrialWorkload() throws Exception {
        workload = openWorkload();
    }

    /** Stops what the workload started (server process, connections) and removes its files. */
    @TearDown(Level.Trial)
    public void closeTrialWorkload() throws IOException {
        if (workload instanceof Closeable closeable) {
            closeable.close();
        }
    }

    /** One operation: every task of the workload, run by the plan's strategy. */
    protected final long runAllTasks(StrategyPlan plan) throws Exception {
        return plan.run(workload);
    }

    /** One task of the workload on this thread: the {@code sequential} baseline's operation. */
    protected final long runOneTask() throws Exception {
        return workload.runBlocking(0);
    }
}
