package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's sections on a bundle with CPU and I/O workloads at three core counts. */
class ReportContentTest {

    @TempDir
    Path tmp;

    static JmhJson.Result sleep(String strategy, int tasks, int cores, double ms) {
        return JmhJson.result().benchmark("dev.cvp.io.SleepBenchmark.sleep").strategy(strategy)
                .param("latencyMs", "10").param("tasks", Integer.toString(tasks))
                .score(ms, ms * 0.01, ms * 0.995, ms, ms * 1.005).cpus(cores);
    }

    static Path mixedBundle(Path dir) throws IOException {
        BundleFixture f = BundleFixture.in(dir).machine("1, 2, 4");
        for (int k : new int[] {1, 2, 4}) {
            List<JmhJson.Result> cpu = new ArrayList<>();
            cpu.add(JmhJson.kernel("fib", "sequential", k, 100, 1));
            cpu.add(JmhJson.kernel("fib", "fork-join", k, 100.0 / k * (1 + 0.03 * (k - 1)), 1));
            cpu.add(JmhJson.kernel("fib", "gil", k, 101, 1));
            f.results(k, "bench-cpu", cpu.toArray(JmhJson.Result[]::new));
            f.results(k, "bench-io",
                    sleep("sequential", 10, k, 101), sleep("virtual", 10, k, 10.2),
                    sleep("sequential", 100, k, 1010), sleep("virtual", 100, k, 10.3),
                    sleep("virtual", 1000, k, 10.9));
        }
        return f.dir();
    }

    @Test
    void matrixOpensTheReportThenModelsChartsAndExtrapolation() throws IOException {
        Path dir = mixedBundle(tmp.resolve("run"));
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(dir.resolve("report.md"));
        int matrix = md.indexOf("## Concurrency vs parallelism at a glance");
        assertTrue(matrix > 0 && matrix < md.indexOf("## Machine"), "the matrix comes first");
        assertTrue(md.contains("| **I/O-bound** | **"), md);
        assertTrue(md.contains("| **CPU-bound** | **"), md);
        assertTrue(md.contains("**Serialized** (KernelBenchmark kernel=fib tasks=8 with gil)"), md);
        assertTrue(md.contains("Key findings:"), md);
        assertTrue(md.contains("serial fraction e at 4 cores"), "Karp-Flatt per core count");
        assertTrue(md.contains("Amdahl serial fraction s"), md);
        assertTrue(md.contains("speedup at 8 cores (extrapolated)"), "extrapolations labelled");
        assertTrue(md.matches("(?s).*\\| fork-join \\| [0-9.e-]+ \\[[0-9.e-]+\u2013[0-9.e-]+] \\| .*"),
                "Karp-Flatt with the interval its speedup maps to");
        assertTrue(md.contains("\u2248 10100 ms/op (extrapolated\u2020)"), "1010 ms / 100 tasks x 1000 tasks");
        assertTrue(md.contains("measured sequential at tasks=100 x 1000/100"), md);
        assertTrue(md.contains("gain-vs-tasks"), "I/O gain chart embedded");
        String csv = Files.readString(dir.resolve("results.csv"));
        assertTrue(csv.contains("SleepBenchmark,latencyMs=10 tasks=1000,sequential,1,avgt,10100,extrapolated,ms/op,"), csv);
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            List<Path> svgs = s.toList();
            assertEquals(5, svgs.size(), "4 speedup charts + 1 gain chart: " + svgs);
            Path gain = svgs.stream().filter(p -> p.toString().contains("gain-vs-tasks")).findFirst().orElseThrow();
            String svg = Files.readString(gain);
            assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), "an SVG document");
            assertTrue(svg.contains("tasks in flight (log)"));
        }
    }

    @Test
    void superlinearScalingGetsNoAmdahlCeilingOrForecast() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1, 2");
        for (int k : new int[] {1, 2}) {
            f.results(k, "bench-cpu",
                    JmhJson.kernel("fib", "sequential", k, 100, 1),
                    JmhJson.kernel("fib", "fork-join", k, k == 1 ? 100 : 30, 1));
        }
        Path dir = f.dir();
        assertEquals(0, Cli.run(dir.toString()).exit());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("none: superlinear, Amdahl does not apply"), md);
        assertTrue(md.contains("n/a (superlinear)"), md);
        assertTrue(!md.contains("Amdahl -"), "no negative forecast: " + md);
    }

    @Test
    void staleChartsFromAnEarlierRunAreRemovedOthersFilesAreNot() throws IOException {
        Path dir = mixedBundle(tmp.resolve("run"));
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/old-workload.svg"), "<svg/>");
        Files.writeString(dir.resolve("charts/notes.txt"), "mine");
        assertEquals(0, Cli.run(dir.toString()).exit());
        assertTrue(Files.notExists(dir.resolve("charts/old-workload.svg")));
        assertTrue(Files.exists(dir.resolve("charts/notes.txt")));
    }
}
