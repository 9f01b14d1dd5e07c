package dev.cvp.support;

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
 * Runs inside every forked JVM and refuses to measure when the fork does not see the
 * number of processors the cell was pinned to.
 *
 * <p>{@code scripts/bench.sh} pins a cell with {@code taskset} and
 * {@code -XX:ActiveProcessorCount=k}, and adds {@code -prof dev.cvp.support.CoreCountProfiler:k}.
 * A fork that sees another count (a JVM flag lost on the way, a container quota) would
 * produce numbers for the wrong cell; this profiler fails it before the first iteration
 * instead. It also records the count it saw as the secondary metric {@code ·cpus}, so the
 * JMH JSON itself says how many processors each result ran on.
 */
public final class CoreCountProfiler implements InternalProfiler {

    /** The secondary-metric name under which the observed processor count is recorded. */
    public static final String METRIC = "cpus";

    private final int expected;

    /**
     * Called by JMH with the text after the colon in {@code -prof CoreCountProfiler:k}.
     *
     * @param initLine the expected processor count, as a decimal number
     */
    public CoreCountProfiler(String initLine) {
        this.expected = parseExpected(initLine);
    }

    static int parseExpected(String initLine) {
        String text = initLine == null ? "" : initLine.trim();
        if (text.startsWith("cores=")) {
            text = text.substring("cores=".length());
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw new IllegalArgumentException("expected cores must be >= 1, got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "CoreCountProfiler needs the expected core count, e.g. -prof "
                            + CoreCountProfiler.class.getName() + ":2 (got '" + initLine + "')");
        }
    }

    /**
     * Compares the processors this JVM sees with the expected count.
     *
     * @return null when they match, otherwise the message that fails the cell
     */
    static String mismatch(int expected, int seen) {
        if (expected == seen) {
            return null;
        }
        return "core-count check failed: this fork sees " + seen
                + " processor(s) but the cell was pinned to " + expected
                + "; pass -XX:ActiveProcessorCount=" + expected
                + " to the fork (bench.sh does) and check taskset/cgroup limits";
    }

    @Override
    public String getDescription() {
        return "Fails the fork unless Runtime.availableProcessors() equals the pinned core count";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        String problem = mismatch(expected, Runtime.getRuntime().availableProcessors());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        int seen = Runtime.getRuntime().availableProcessors();
        return List.of(new ScalarResult(METRIC, seen, "#", AggregationPolicy.MAX));
    }
}
