package dev.cvp.io;

import dev.cvp.io.plan.PoolPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A workload whose task is one wait (a sleep, an HTTP request, a file write): the baseline and
 * the pools, whose lesson is the same for every kind of waiting. A subclass says how to open its
 * workload and adds the benchmark that keeps every task in flight, explaining how that workload
 * waits.
 */
@State(Scope.Benchmark)
public abstract class SingleWaitBenchmark extends IoBenchmark {

    /*
     * The baseline, and the reason concurrency exists. One operation here is ONE task, run on this
     * thread: the thread starts the wait and does nothing until it ends. Sequential work cannot
     * overlap anything, so T tasks take exactly T times this, and that is how the report gets
     * the sequential time of 1,000 or 10,000 tasks (10 s and 100 s at 10 ms) without spending it:
     * measured per-task time x tasks, marked "extrapolated". Every concurrency gain in the report
     * is relative to this number.
     */
    @Benchmark
    public long sequential() throws Exception {
        return runOneTask();
    }

    /*
     * A pool of N platform threads keeps at most N waits in flight; the other tasks queue. By
     * Little's law (in-flight = throughput x latency) an operation of T tasks then needs
     * ceil(T / N) rounds of waiting: 100 tasks take 100 waits with N = 1, 13 with N = 8, 2 with
     * N = 64, 1 with N = 512. The core count is not in that formula: for waiting work the pool
     * size, not the number of cores, sets the speed. (That is why I/O pools are sized far above
     * the core count, and CPU pools at it.)
     */
    @Benchmark
    public long pooled(PoolPlan plan) throws Exception {
        return runAllTasks(plan);
    }
}
