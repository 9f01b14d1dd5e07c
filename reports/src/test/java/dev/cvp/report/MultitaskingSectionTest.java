package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5's table and finding from ticker lateness (SampleTime) and throughput (avgt) results. */
class MultitaskingSectionTest {

    @TempDir
    Path tmp;

    static JmhJson.Result tick(String strategy, int granularity, double p50us, double p99us, double maxUs, int k) {
        return JmhJson.result().benchmark("dev.cvp.cpu.multitasking.TickerLatenessBenchmark.tick").mode("sample")
                .unit("us/op").strategy(strategy).param("granularity", Integer.toString(granularity)).param("tasks", "8")
                .score(p50us, p50us * 0.1, p50us, p50us).cpus(k)
                .secondary("p0.50", "us/op", p50us).secondary("p0.99", "us/op", p99us).secondary("p1.00", "us/op", maxUs);
    }

    static JmhJson.Result work(String strategy, int granularity, double ms, int k) {
        return JmhJson.result().benchmark("dev.cvp.cpu.multitasking.TickerThroughputBenchmark.cpuWork")
                .strategy(strategy).param("granularity", Integer.toString(granularity)).param("tasks", "8")
                .score(ms, ms * 0.01, ms * 0.99, ms, ms * 1.01).cpus(k);
    }

    @Test
    void latenessTableAndFindingFromTheData() throws IOException {
        List<JmhJson.Result> r = new ArrayList<>();
        int[] granularities = {10, 100, 1000, 10000};
        for (int i = 0; i < granularities.length; i++) {
            int g = granularities[i];
            double slice = 10.0 * Math.pow(10, i);
            r.add(tick("preemptive", g, 20, 3000, 4000, 1));
            r.add(tick("event-loop", g, slice / 2, slice, slice * 1.2, 1));
            r.add(work("sequential", g, 100, 1));
            r.add(work("preemptive", g, 101, 1));
            r.add(work("event-loop", g, 100 / (0.93 + 0.02 * i), 1));
        }
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1")
                .results(1, "bench-cpu", r.toArray(JmhJson.Result[]::new));
        Cli.Run run = Cli.run(f.dir().toString());
        assertEquals(0, run.exit(), run.all());
        String md = Files.readString(f.dir().resolve("report.md"));
        assertTrue(md.contains("| event-loop | 10000 | 5 ms | 10 ms | 12 ms | 101 [98.3\u2013104] ms/op | 99% |"), md);
        assertTrue(md.contains("| event-loop | 10 | 5 \u00b5s | 10 \u00b5s | 12 \u00b5s | 108 [105\u2013110] ms/op | 93% |"), md);
        assertTrue(md.contains("| sequential | 10 | n/a | n/a | n/a | 100 [97.4\u2013103] ms/op | 100% |"), md);
        assertTrue(md.contains("event-loop, granularity 10000: p99 lateness 10 ms and 99% throughput; granularity 10:"
                + " p99 lateness 10 \u00b5s and 93% throughput (p99 rises with granularity: yes, 3 of 3 steps)"), md);
        assertTrue(md.contains("preemptive: p99 3 ms at every granularity (median of 4"), md);
        assertTrue(md.contains("One blocking call stalls the whole loop."), md);
    }
}
