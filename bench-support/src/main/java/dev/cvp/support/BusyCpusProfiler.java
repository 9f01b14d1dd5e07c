package dev.cvp.support;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Runs inside every forked JVM and records how many CPUs each iteration kept busy: the fork's
 * CPU time (all its threads, the JIT's and the GC's included) over the iteration's wall time, as
 * the secondary metric {@code ·cpusBusy}. Two pinned cores busy give about 2; a lock that lets one
 * thread run at a time, about 1; tasks that wait, near 0. When one JVM of a cell runs far slower
 * than the others, this tells its two stories apart: fewer CPUs busy (its threads left a core idle)
 * or as many (the same work took longer on them). {@code scripts/bench.sh} adds
 * {@code -prof dev.cvp.support.BusyCpusProfiler} to every cell. Where the JVM cannot measure its
 * CPU time, no metric is recorded.
 */
public final class BusyCpusProfiler implements InternalProfiler {

    /** The secondary metric: CPU time over wall time, per iteration. */
    public static final String METRIC = "cpusBusy";

    /** Its unit. */
    public static final String UNIT = "CPUs";

    private long wallStart;
    private long cpuStart;

    /** Called by JMH for {@code -prof BusyCpusProfiler}; it takes no options. */
    public BusyCpusProfiler() {
    }

    /** Called by JMH for {@code -prof BusyCpusProfiler:...}; the text is ignored. */
    public BusyCpusProfiler(String initLine) {
    }

    @Override
    public String getDescription() {
        return "Records how many CPUs each iteration kept busy (the fork's CPU time over wall time)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuStart = processCpuNanos();
        wallStart = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long wall = System.nanoTime() - wallStart;
        long cpu = processCpuNanos();
        if (cpu < 0 || cpuStart < 0 || wall <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult(METRIC, busy(cpu - cpuStart, wall), UNIT, AggregationPolicy.AVG));
    }

    /** CPUs kept busy: {@code cpuNanos} of CPU time over {@code wallNanos} of wall time. */
    static double busy(long cpuNanos, long wallNanos) {
        return (double) cpuNanos / wallNanos;
    }

    /** This JVM's CPU time in nanoseconds, or -1 where the platform does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
