package dev.cvp.cpu;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * A blocked matrix multiply: compute-bound work that also reads memory, arranged in tiles so
 * that the data it reads stays in each core's cache.
 */
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
