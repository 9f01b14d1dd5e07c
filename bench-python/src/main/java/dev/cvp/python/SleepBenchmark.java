package dev.cvp.python;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.python.plan.SleepPlan;
import dev.cvp.python.workload.SleepWork;
import dev.cvp.python.workload.Workload;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Pure waiting in CPython: every task sleeps {@code latencyMs} ({@code time.sleep} in a thread,
 * {@code await asyncio.sleep} in a coroutine). No I/O and no computation, so whatever an
 * operation costs beyond one latency is the strategy's own overhead.
 */
@Declared(title = "Sleep (CPython)", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, runtime = "CPython",
        family = "sleep", perTaskBaseline = true,
        summary = "Every task waits latencyMs (10 ms) in CPython (time.sleep on a thread, await asyncio.sleep in a"
                + " coroutine) and does nothing else; one operation runs all tasks (1,000 or 10,000), except sequential,"
                + " which runs one.")
@State(Scope.Benchmark)
public class SleepBenchmark extends SingleWaitBenchmark {

    @Override
    protected Workload openWorkload() {
        return new SleepWork(latencyMs);
    }

    /*
     * The chapter's asyncio example: asyncio.gather over 1,000 or 10,000 asyncio.sleep(0.010)
     * finishes in about 10 ms plus the loop's cost per task, on ONE thread: a sleeping coroutine
     * is a timer entry, not a thread. Expect asyncio at 10,000 tasks well above 10 ms (creating
     * and scheduling 10,000 tasks is CPython work, some tens of microseconds each), and the same
     * at 1 and 2 cores: one thread cannot use the second core.
     *
     *   threading  a pool of 1,000 threads, started in setup (MAX_THREADS), each blocked in
     *              time.sleep with the GIL released: 1,000 sleeps in one round, 10,000 in ten
     *              rounds, so its ideal is 10 ms and 100 ms (Little's law: ceil(tasks / 1,000)
     *              x latency). When threads wake they queue for the GIL to hand back their
     *              result, so the overhead per task is higher than asyncio's.
     *   asyncio    one event loop, one timer per task: ideal 10 ms at any task count.
     *
     * (time - ideal) / tasks is the overhead per task; compare it with bench-io's virtual,
     * async and event-loop at the same task count: the report puts them side by side.
     */
    @Benchmark
    public long overlapped(SleepPlan plan) throws IOException {
        return runTasks(plan.strategy, plan.tasks());
    }
}
