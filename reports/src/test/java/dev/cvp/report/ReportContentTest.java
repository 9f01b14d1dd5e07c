package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.report.model.TestDeclarations;
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
        return mixedBundle(BundleFixture.in(dir).machine("1, 2, 4"));
    }

    /** The mixed bundle's results, into a fixture whose machine.json is written. */
    static Path mixedBundle(BundleFixture f) throws IOException {
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

    /** What the mixed bundle's two benchmarks mean, as the runner would copy it from their code. */
    static BundleFixture declared(BundleFixture f) throws IOException {
        return f.declarations(
                TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run").title("Fibonacci")
                        .lesson(Lesson.PARALLELISM).example(Example.CPU_BOUND, "kernel", "fib", "strategy", "fork-join")
                        .role("sequential", Role.BASELINE, Worker.CALLER).role("fork-join", Role.PARALLEL, Worker.THREAD)
                        .role("gil", Role.SERIALIZED, Worker.THREAD).param("tasks", ParamMeaning.TASKS)
                        .param("kernel", ParamMeaning.WORKLOAD).build(),
                TestDeclarations.declare("bench-io", "dev.cvp.io.SleepBenchmark.sleep").title("Sleep")
                        .lesson(Lesson.CONCURRENCY).example(Example.IO_BOUND, "tasks", "1000", "strategy", "virtual")
                        .perTaskBaseline().role("sequential", Role.BASELINE, Worker.CALLER)
                        .role("virtual", Role.OVERLAPS_WAITS, Worker.VIRTUAL_THREAD)
                        .param("tasks", ParamMeaning.TASKS).param("latencyMs", ParamMeaning.LATENCY_MS).build());
    }

    @Test
    void aLessonTableMarksAFigureItsRowsFlagsDoubt() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("flagged")).formatVersion(2).machine("1, 2, 4");
        Path dir = mixedBundle(f);
        declared(f.invocation("bench-cpu", 1, 1, 0).invocation("bench-io", 1, 1, 0).invocation("bench-cpu", 2, 1, 0)
                .invocation("bench-io", 2, 1, 0).invocation("bench-cpu", 4, 1, 0).invocation("bench-io", 4, 60, 0));
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(dir.resolve("report.md"));
        java.util.regex.Matcher sleep = java.util.regex.Pattern.compile("\\| Sleep, 1,000 tasks \\| virtual \\|[^\\n]*")
                .matcher(md);
        assertTrue(sleep.find(), md);
        assertTrue(sleep.group().endsWith("] \u26a0 disturbed |"),
                "another program used 60% of the CPUs during bench-io at 4 cores: its speedup says so: " + sleep.group());
        assertTrue(sleep.group().contains("\u00d7 [916\u2013937] | 10 |"), "the 1-core gain, from quiet cells, is bare: "
                + sleep.group());
        assertTrue(md.contains("\u26a0 after a gain or speedup names its row's flags"), "the legend: " + md);
    }

    @Test
    void lessonsOpenTheReportAndDetailsHoldModelsAndExtrapolation() throws IOException {
        Path dir = mixedBundle(tmp.resolve("run"));
        declared(BundleFixture.in(dir));
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(dir.resolve("report.md"));
        int glance = md.indexOf("## I/O-bound vs CPU-bound at a glance");
        int concurrency = md.indexOf("## Concurrency: overlapping waits on one core");
        int parallelism = md.indexOf("## Parallelism: more cores for computation");
        int trust = md.indexOf("## How far to trust these numbers");
        assertTrue(glance > 0 && glance < concurrency && concurrency < parallelism && parallelism < trust,
                "the lessons in the chapter's order, before the trust notes: " + md);
        assertTrue(md.contains("| Fibonacci, 8 tasks (cpu-bound) | fork-join |"), "the declared headline: " + md);
        assertTrue(md.contains("| Fibonacci, 8 tasks (cpu-bound) | gil |"), "the serialized row: " + md);
        assertTrue(md.contains("| Sleep, 1,000 tasks (io-bound) | virtual |"), md);
        assertTrue(md.contains("**The lesson, on this machine:**"), "the data show the contrast: " + md);
        assertTrue(md.contains("| Sleep, 1,000 tasks | virtual | 10.9 ["), md);
        assertTrue(md.contains("| 10 | 0.9 |"), "ideal 10 ms, (10.9 - 10) ms / 1000 tasks = 0.9 us: " + md);
        assertTrue(md.contains("`gil` (several threads, one lock): 1.00\u00d7 ["), md);
        assertTrue(md.contains("no measurable speedup. Concurrency without a second core"), md);
        String metrics = Files.readString(dir.resolve("metrics.csv"));
        assertTrue(metrics.contains("SleepBenchmark,latencyMs=10 tasks=1000,virtual,1,overhead_per_task,0.9,"), metrics);
        String details = Files.readString(dir.resolve("details.md"));
        assertTrue(details.contains("serial fraction e at 4 cores"), "Karp-Flatt per core count");
        assertTrue(details.contains("Amdahl serial fraction s"), details);
        assertTrue(details.contains("speedup at 8 cores (extrapolated)"), "extrapolations labelled");
        assertTrue(details.contains("\u2248 10100 ms/op (extrapolated\u2020)"), "1010 ms / 100 tasks x 1000 tasks");
        assertTrue(details.contains("measured sequential at tasks=100 x 1000/100"), details);
        String csv = Files.readString(dir.resolve("results.csv"));
        assertTrue(csv.contains("SleepBenchmark,latencyMs=10 tasks=1000,sequential,1,avgt,10100,extrapolated,ms/op,"), csv);
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            List<String> svgs = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(svgs.contains("parallel-speedup.svg") && svgs.contains("concurrency-gain-vs-tasks.svg"), svgs.toString());
            String svg = Files.readString(dir.resolve("charts/concurrency-gain-vs-tasks.svg"));
            assertTrue(svg.contains("<text") && svg.contains("tasks per operation"), "axis titles as text");
        }
    }

    @Test
    void theLessonCarriesACaveatOnlyWhereTheDisturbanceAtTheTopTouchesItsFigures() throws IOException {
        String elsewhere = lessonAfterOtherActivityIn(tmp.resolve("io2"), "bench-io", 2);
        assertTrue(elsewhere.startsWith("**The lesson, on this machine:**"), elsewhere);
        assertFalse(elsewhere.contains("The direction holds"), "bench-io at 2 cores is in none of its figures: "
                + elsewhere);
        String touched = lessonAfterOtherActivityIn(tmp.resolve("cpu4"), "bench-cpu", 4);
        assertTrue(touched.endsWith("The direction holds, but other activity on the machine disturbed some of these"
                + " figures, so take their sizes from a quieter run (see the top)."), touched);
        assertFalse(touched.contains("controls failed"), "no control failed: " + touched);
    }

    /** The lesson's line of a format-2 mixed run in which other processes took 60% of one cell's CPUs. */
    private static String lessonAfterOtherActivityIn(Path dir, String module, int cores) throws IOException {
        BundleFixture f = BundleFixture.in(dir).formatVersion(2).machine("1, 2, 4");
        mixedBundle(f);
        for (String m : List.of("bench-cpu", "bench-io")) {
            for (int k : new int[] {1, 2, 4}) {
                f.invocation(m, k, m.equals(module) && k == cores ? 60 : 1, 0);
            }
        }
        declared(f);
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("**This run was disturbed by other activity on the machine**"), md);
        return md.lines().filter(l -> l.startsWith("**The lesson, on this machine:**")).findFirst().orElse(md);
    }

    @Test
    void aLocksSmallSpeedupIsNoLessonButOneBeyondTheControlBandIsAContradiction() throws IOException {
        String small = parallelismSentence(tmp.resolve("small"), 96);
        assertTrue(small.contains("`gil` (several threads, one lock): 1.05\u00d7 ["), small);
        assertTrue(small.contains("], a small speedup that is within the 0.9\u20131.1 that sequential code also moves."),
                small);
        assertTrue(small.endsWith("this is why CPU-bound Python threads, under the GIL, and asyncio do not speed it up."),
                "the lesson stands: " + small);
        String beyond = parallelismSentence(tmp.resolve("beyond"), 70);
        assertTrue(beyond.contains("`gil` (several threads, one lock): 1.44\u00d7 [") && beyond.contains("], faster on 4 cores."),
                beyond);
        assertTrue(beyond.contains("One lock or one thread lets only one task compute at a time"), beyond);
    }

    /** The CPU-bound sentence of a run whose gil takes 101 ms on 1 core and {@code gilFourCores} on 4. */
    private static String parallelismSentence(Path dir, double gilFourCores) throws IOException {
        BundleFixture f = BundleFixture.in(dir).machine("1, 4");
        for (int k : new int[] {1, 4}) {
            f.results(k, "bench-cpu", JmhJson.kernel("fib", "sequential", k, 100, 1),
                    JmhJson.kernel("fib", "fork-join", k, 100.0 / k, 1),
                    JmhJson.kernel("fib", "gil", k, k == 1 ? 101 : gilFourCores, 1));
        }
        declared(f);
        assertEquals(0, Cli.run(dir.toString()).exit());
        return Files.readString(dir.resolve("report.md")).lines().filter(l -> l.startsWith("**Fibonacci, 8 tasks** ("))
                .findFirst().orElseThrow();
    }

    @Test
    void withoutDeclarationsEachWorkloadGetsAGenericFindingAndNoLesson() throws IOException {
        Path dir = mixedBundle(tmp.resolve("run"));
        assertEquals(0, Cli.run(dir.toString()).exit());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## Findings") && md.contains("declare no lesson"), md);
        assertFalse(md.contains("## Concurrency:") || md.contains("at a glance"), "nothing guessed from names: " + md);
        assertTrue(md.contains("bench-io: SleepBenchmark latencyMs=10 tasks=1000: no sequential baseline"), md);
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
        String md = Files.readString(dir.resolve("details.md"));
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
