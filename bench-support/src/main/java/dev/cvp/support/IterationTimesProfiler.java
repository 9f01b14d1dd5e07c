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
 * Runs inside every forked JVM and records when each iteration ran, as two secondary metrics
 * whose raw data has one value per iteration, like the score's: {@code ·iterationStart} and
 * {@code ·iterationEnd}, in milliseconds since the epoch. The runner's speed probe records when
 * a CPU ran slow (run.json's {@code load.slowSpells}, same clock); with these times the report can
 * tell which iterations a slow spell hit and set just those aside, instead of distrusting the whole
 * cell. {@code scripts/bench.sh} adds {@code -prof dev.cvp.support.IterationTimesProfiler} to every
 * cell.
 */
public final class IterationTimesProfiler implements InternalProfiler {

    /** The secondary metric holding each iteration's start. */
    public static final String START = "iterationStart";

    /** The secondary metric holding each iteration's end. */
    public static final String END = "iterationEnd";

    /** Their unit: milliseconds since 1970-01-01T00:00Z. */
    public static final String UNIT = "ms since epoch";

    private long start;

    /** Called by JMH for {@code -prof IterationTimesProfiler}; it takes no options. */
    public IterationTimesProfiler() {
    }

    /** Called by JMH for {@code -prof IterationTimesProfiler:...}; the text is ignored. */
    public IterationTimesProfiler(String initLine) {
    }

    @Override
    public String getDescription() {
        return "Records each iteration's start and end (ms since the epoch) as secondary metrics";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = System.currentTimeMillis();
    }

    @Override
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
        long end = System.currentTimeMillis();
        return List.of(new ScalarResult(START, start, UNIT, AggregationPolicy.MIN),
                new ScalarResult(END, end, UNIT, AggregationPolicy.MAX));
    }
}
