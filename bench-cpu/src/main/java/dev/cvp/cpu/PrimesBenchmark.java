package dev.cvp.cpu;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Counting primes by trial division over consecutive ranges: CPU-bound like fib, but the tasks
 * are uneven, because numbers further out need more divisions.
 */
@Declared(title = "Primes", lesson = Lesson.PARALLELISM, metric = MetricKind.JOB_TIME,
        summary = "Task t counts the primes in [120,000 t, 120,000 (t + 1)) by trial division, and one operation runs all"
                + " tasks (8 by default, so [0, 960,000)); later ranges cost more (about 3 ms for the first task, 8 ms for"
                + " the last at 8 tasks), so the tasks are uneven.")
public class PrimesBenchmark extends KernelBenchmark {

    @Override
    protected String kernelName() {
        return "primes";
    }

    /*
     * Uneven tasks test how a strategy balances load. The last, most expensive tasks start last,
     * so near the end of the operation one core may still work while the others have nothing
     * left: the efficiency (speedup / cores) is lower than fib's for the same strategies. The more
     * tasks per core, the smaller that tail; fork-join's work stealing and the pools' shared
     * queues hand out work one task at a time, which is why the tasks parameter is several times
     * the core count.
     */
    @Benchmark
    public long primes() throws Exception {
        return runAllTasks();
    }
}
