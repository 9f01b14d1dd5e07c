package dev.cvp.python;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A waiting workload whose task is a single wait (a sleep, an HTTP request): the per-task baseline. */
@State(Scope.Benchmark)
public abstract class SingleWaitBenchmark extends WaitingBenchmark {

    /*
     * The baseline. One operation is ONE task on the worker's main thread (time.sleep, or one
     * http.client request), with no strategy parameter: the method name is the strategy, as in
     * bench-io's SingleWaitBenchmark.sequential. Sequential waits cannot overlap,
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
