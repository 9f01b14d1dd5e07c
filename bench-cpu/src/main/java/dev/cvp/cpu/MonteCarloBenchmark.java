package dev.cvp.cpu;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Estimating pi with random points, every task with its own random generator.
 */
public class MonteCarloBenchmark extends KernelBenchmark {

    @Override
    protected String kernelName() {
        return "montecarlo";
    }

    /*
     * Embarrassingly parallel work stays so only if nothing is shared. Each unit seeds its own
     * SplittableRandom; one shared java.util.Random would make every thread fight over its atomic
     * seed, and the parallel versions could end up slower than sequential. With private generators
     * the speedup should match fib's, and the result is the same on every strategy because it
     * does not depend on which thread drew which number.
     */
    @Benchmark
    public long montecarlo() throws Exception {
        return runAllTasks();
    }
}
