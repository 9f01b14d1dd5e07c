package dev.cvp.cpu;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A blocked matrix multiply: compute-bound work that also reads memory, arranged in tiles so
 * that the data it reads stays in each core's cache.
 */
@Declared(title = "Matrix multiply", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME,
        summary = "Every task multiplies a 256 x 256 matrix of doubles (its own row rotation of A) by a shared 256 x 256"
                + " matrix B in 64 x 64 tiles (16.8 million multiply-adds, about 5 ms), and one operation runs all tasks"
                + " (8 by default); the inputs (512 KiB each) are allocated once per trial and stay in cache.")
public class MatmulBenchmark extends KernelBenchmark {

    @Override
    protected String kernelName() {
        return "matmul";
    }

    /*
     * The inputs (256 x 256 doubles, 512 KiB each) are allocated once per trial in setup and
     * only read afterwards, so the measurement is the multiply alone. Tiling keeps each core
     * working from its own cache, so the cores barely compete for memory bandwidth and the speedup
     * should stay close to fib's. Contrast with triad, which streams from main memory.
     */
    @Benchmark
    public long matmul() throws Exception {
        return runAllTasks();
    }
}
