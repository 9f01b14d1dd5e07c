package dev.cvp.python;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.OVERLAPS_WAITS;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.EVENT_LOOP;
import static dev.cvp.bundle.declare.Worker.THREAD;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.declare.Role;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What every waiting workload shares (sleep, HTTP, the pipeline): the per-task baseline, with
 * bench-io's convention. A subclass adds {@code overlapped}, the strategies that keep every task
 * in flight, with a plan that says which (strategy, tasks) pairs JMH runs.
 */
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER,
        note = "ONE task per operation on the Python worker's main thread")
@Role(strategy = "threading", does = OVERLAPS_WAITS, runsOn = THREAD,
        note = "a ThreadPoolExecutor with a thread per task up to 1,000, all started in setup")
@Role(strategy = "asyncio", does = OVERLAPS_WAITS, runsOn = EVENT_LOOP,
        note = "one asyncio event loop, asyncio.gather over a coroutine per task")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "latencyMs", means = ParamMeaning.LATENCY_MS)
@ParamRole(name = "python", means = ParamMeaning.INTERPRETER)
@State(Scope.Benchmark)
public abstract class WaitingBenchmark extends PythonBenchmark {

    /** How long each task waits: the sleep, or the latency server's delay before it answers. */
    @Param({"10"})
    public int latencyMs;

    /*
     * The baseline. One operation is ONE task on the worker's main thread (time.sleep, or one
     * http.client request, or one fetch-format-write), with no strategy parameter: the method name
     * is the strategy, as in bench-io's IoBenchmark.sequential. Sequential waits cannot overlap,
     * so T tasks take T times this; the report extrapolates the sequential time of 1,000 or
     * 10,000 tasks from it (10 s and 100 s at 10 ms) instead of spending it, and computes every
     * concurrency gain against it. Expect the latency plus the round trip over the pipe and
     * CPython's own per-task cost (well under a millisecond).
     */
    @Benchmark
    public long sequential() throws IOException {
        return runTasks(SEQUENTIAL, 1);
    }
}
