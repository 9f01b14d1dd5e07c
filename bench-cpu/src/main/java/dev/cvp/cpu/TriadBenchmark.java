package dev.cvp.cpu;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * STREAM's triad {@code a[i] = b[i] + s * c[i]} over three 128 MiB arrays: one multiply-add per
 * 24 bytes moved. The limit is the memory bus, which all cores share.
 */
@Declared(title = "Triad", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME,
        examples = Example.MEMORY_BOUND, exampleParams = "strategy=platform-pool",
        summary = "One operation computes STREAM's triad a[i] = b[i] + 3 c[i] once over three arrays of about 16 Mi doubles"
                + " (128 MiB each, 384 MiB in all at 8 tasks, far beyond any cache), split into equal slices, one per task (8 by"
                + " default): one multiply-add per 24 bytes moved, so memory bandwidth, not the cores, sets the pace.")
public class TriadBenchmark extends KernelBenchmark {

    @Override
    protected String kernelName() {
        return "triad";
    }

    /*
     * The arrays are allocated and filled once per trial, in setup, and are far larger than any
     * cache, so every operation streams them from main memory. A second core adds arithmetic, but
     * arithmetic is not the bottleneck: once the cores together saturate the memory bandwidth,
     * more cores add nothing. Expect a speedup below fib's at the same core count, levelling off as
     * cores grow: more threads do not help a memory-bound job.
     */
    @Benchmark
    public long triad() throws Exception {
        return runAllTasks();
    }
}
