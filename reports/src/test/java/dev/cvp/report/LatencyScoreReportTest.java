package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.report.model.TestDeclarations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workload declared as a latency is scored by its headline latency figure, here counters the
 * benchmark fills with each iteration's percentiles (as TickerLatenessBenchmark does): results.csv
 * and details.md carry that figure in its declared unit, and JMH's own mean, set by a few late
 * events, stays beside it.
 */
class LatencyScoreReportTest {

    private static final String BENCHMARK = "dev.cvp.cpu.multitasking.TickerLatenessBenchmark.tick";

    @TempDir
    Path tmp;

    /** One fork of six iterations: medians within 2%, means moved tenfold by the late events. */
    private static JmhJson.Result ticks(String strategy, double median) {
        double[] means = {4, 40, 5, 60, 4.5, 30};
        double[] p50 = Arrays.stream(new double[] {1, 1.01, 0.99, 1.02, 0.98, 1}).map(x -> x * median).toArray();
        return JmhJson.result().benchmark(BENCHMARK).strategy(strategy).param("granularity", "10").unit("us/op")
                .forks(means).events("p99Us", 4000, 3900, 4100, 4000, 3950, 4050).events("p50Us", p50).cpus(1);
    }

    @Test
    void theDeclaredLatencyFigureIsTheScoreInItsDeclaredUnitWithJmhsMeanBeside() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).formatVersion(2).machine("1")
                .results(1, "bench-cpu", ticks("preemptive", 3.4), ticks("cooperative", 3.1),
                        JmhJson.result().benchmark(BENCHMARK).strategy("virtual-cooperative").param("granularity", "10")
                                .unit("us/op").forks(new double[] {14, 15, 16}).cpus(1))
                .invocation("bench-cpu", 1, 1, 0)
                .declarations(TestDeclarations.declare("bench-cpu", BENCHMARK).lesson(Lesson.MULTITASKING)
                        .metric(MetricKind.LATENCY)
                        .figure("p99Us", MetricKind.LATENCY, "p99 lateness", "", "us/op")
                        .figure("p50Us", MetricKind.LATENCY, "p50 lateness", "", "us/op").build());
        String md = TrustReportTest.report(f);
        Map<String, String[]> rows = TrustReportTest.rows(f.dir());
        String[] row = rows.get("preemptive@1");
        assertEquals(3.4, Double.parseDouble(row[6]), 1e-9, "the mean of the iterations' medians");
        assertEquals("us/op", row[8], "the declared unit, not the counter's #");
        assertTrue(Double.parseDouble(row[7]) < 0.1 * 3.4, "the medians agree, so the interval is narrow: " + row[7]);
        assertEquals("p50Us", row[row.length - 1]);
        assertTrue(md.contains("The score is the declared p50 lateness (`p50Us`)"), md);
        String[] unscored = rows.get("virtual-cooperative@1");
        assertEquals(15, Double.parseDouble(unscored[6]), 1e-9, "a result without the figure keeps JMH's score");
        assertEquals("mean", unscored[unscored.length - 1], "and says so");
        assertTrue(md.contains("| preemptive | 1 | 4000 us/op | 3.4 us/op | 23.9 us/op |"),
                "JMH's mean stays in the secondary table, the counters as the mean of their iterations: " + md);
        assertTrue(md.contains("3.4 µs ["), "the multitasking table reads the same figure: " + md);
    }

    @Test
    void otherActivityDuringALatencyCellTouchesItsFiguresNotASpeedup() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("busy")).formatVersion(2).machine("1")
                .results(1, "bench-cpu", ticks("preemptive", 3.4), ticks("cooperative", 3.1))
                .invocation("bench-cpu", 1, 60, 0)
                .declarations(TestDeclarations.declare("bench-cpu", BENCHMARK).lesson(Lesson.MULTITASKING)
                        .metric(MetricKind.LATENCY).figure("p50Us", MetricKind.LATENCY, "p50 lateness", "", "us/op")
                        .build());
        String md = TrustReportTest.report(f);
        assertTrue(md.contains("It touches 2 figures without a speedup (latencies, costs or counts; 1 workload)."), md);
    }
}
