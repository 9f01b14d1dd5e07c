package dev.cvp.cpu;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Estimating pi with random points, every task with its own random generator.
 */
@Declared(title = "Monte Carlo pi", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME,
        summary = "Every task throws 1.6 million random points (16 units of 100,000, each unit with its own"
                + " SplittableRandom) at the unit square and counts those inside the quarter circle (about 3 ms), and one"
                + " operation runs all tasks (8 by default); nothing is shared between tasks.")
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
