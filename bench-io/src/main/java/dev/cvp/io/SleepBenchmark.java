package dev.cvp.io;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.io.plan.OverlapPlan;
import dev.cvp.io.strategy.Workload;
import dev.cvp.io.workload.SleepWork;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pure waiting: every task sleeps {@code latencyMs}, the Java counterpart of
 * {@code await asyncio.sleep(0.010)}. No I/O and no computation, so whatever an operation costs
 * beyond one latency is the strategy's own overhead.
 */
@Declared(title = "Sleep", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, family = "sleep",
        examples = Example.IO_BOUND, exampleParams = {"tasks=10000", "strategy=virtual"}, perTaskBaseline = true,
        summary = "Every task waits latencyMs (10 ms) and does nothing else: no I/O, no computation; one operation"
                + " runs all tasks (1 to 10,000; 1 to 100 on the fixed pools), except sequential, which runs one.")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "latencyMs", means = ParamMeaning.LATENCY_MS)
// Warm-up in quick (the profile leaves it to the workload): 2 x 500 ms; a sleep has no client or server path to compile.
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SleepBenchmark extends SingleWaitBenchmark {

    /** How long each task waits. */
    @Param({"10"})
    public int latencyMs;

    @Override
    protected Workload openWorkload() {
        return new SleepWork(latencyMs);
    }

    /*
     * asyncio.gather(*(asyncio.sleep(0.010) for _ in range(tasks))) finishes in about 10 ms
     * whether tasks is 1 or 10,000, on one core: waiting needs no CPU, so waits can overlap
     * without limit. Four ways to get that in Java:
     *
     *   thread-per-task  an OS thread per task, each blocked in sleep. Works, but creating
     *                    10,000 OS threads costs real CPU time (and memory for their stacks).
     *   virtual          a virtual thread per task: Thread.sleep parks it and frees the carrier,
     *                    so 10,000 sleeping virtual threads need only the carriers (one per core).
     *   async            CompletableFuture.delayedExecutor + allOf: a timer completes each
     *                    future; no thread waits at all. This is asyncio.sleep + asyncio.gather.
     *   event-loop       one thread with a timer queue: asyncio's own loop, call_later and
     *                    run_until_complete.
     *
     * The overhead per task, (time - latency) / tasks, is what each way costs to keep one more wait
     * in flight. Run at 1 and 2 cores: the time should barely change, because nothing here
     * needs a core. Concurrency, not parallelism, is what helps waiting.
     */
    @Benchmark
    public long overlapped(OverlapPlan plan) throws Exception {
        return runAllTasks(plan);
    }
}
