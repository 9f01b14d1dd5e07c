package dev.cvp.runner.faults.tiny;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The smallest real JMH benchmark, for the fault-injection tests: the runner runs it through real
 * JMH (real forks, the real dev.cvp.support.CoreCountProfiler) while the tests inject faults with
 * JMH's own -jvm option (a fork JVM that crashes, hangs or sees the wrong core count).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TinyBenchmark {

    /*
     * Not a measurement anyone should read: it only has to run, return a result JMH
     * consumes, and finish within a 100 ms iteration.
     */
    @Benchmark
    public long sum() {
        long s = 0;
        for (int i = 0; i < 100; i++) {
            s += i * (long) i;
        }
        return s;
    }
}
