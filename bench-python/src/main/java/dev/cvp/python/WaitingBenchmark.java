package dev.cvp.python;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.OVERLAPS_WAITS;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.EVENT_LOOP;
import static dev.cvp.bundle.declare.Worker.THREAD;

import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.support.declare.Role;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What every waiting workload shares (sleep, HTTP, the pipeline): the latency, the strategies'
 * roles and the parameters' meanings. {@link SingleWaitBenchmark} adds the per-task baseline, with
 * bench-io's convention; {@link PipelineBenchmark} has its own, which also times the stages. A
 * subclass adds {@code overlapped}, the strategies that keep every task in flight, with a plan
 * that says which (strategy, tasks) pairs JMH runs.
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
}
