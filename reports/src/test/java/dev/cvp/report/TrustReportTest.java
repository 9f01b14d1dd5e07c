package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the report says about how far a run can be trusted, on synthetic format-2 bundles: the
 * load record, the sequential control, steady state, superlinear speedups and findings worded by
 * significance.
 */
class TrustReportTest {

    /** Relative offsets of five iterations around a fork's mean: no trend, mean 0. */
    private static final double[] NOISE = {-0.004, 0.003, 0, 0.004, -0.003};

    @TempDir
    Path tmp;

    /** Three forks of five iterations around {@code ms}, fork means 0.3% apart. */
    static double[][] forks(double ms) {
        double[][] out = new double[3][];
        for (int f = 0; f < 3; f++) {
            out[f] = new double[NOISE.length];
            for (int i = 0; i < NOISE.length; i++) {
                out[f][i] = ms * (1 + (f - 1) * 0.003 + NOISE[i]);
            }
        }
        return out;
    }

    static JmhJson.Result fib(String strategy, int cores, double ms) {
        return JmhJson.result().param("kernel", "fib").strategy(strategy).param("tasks", "8").forks(forks(ms)).cpus(cores);
    }

    /** bench-cpu at 1 and 2 cores in format 2: pools scale, gil does not, sequential as given. */
    static BundleFixture fibRun(Path dir, double sequentialTwoCores) throws IOException {
        return BundleFixture.in(dir).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 100), fib("platform-pool", 1, 101), fib("gil", 1, 102))
                .results(2, "bench-cpu", fib("sequential", 2, sequentialTwoCores), fib("platform-pool", 2, 51.5),
                        fib("gil", 2, 101.5));
    }

    /** results.csv rows by "strategy@cores", each as its columns. */
    static Map<String, String[]> rows(Path dir) throws IOException {
        Map<String, String[]> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("flags", "statistic"), header.subList(header.size() - 2, header.size()));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            out.put(f[3] + "@" + f[4], f);
        }
        return out;
    }

    static String flags(String[] row) {
        return row[row.length - 2];
    }

    /** Runs the report on the bundle, which must be complete, and returns report.md. */
    /** report.md followed by details.md (which holds every workload's finding and table). */
    static String report(BundleFixture f) throws IOException {
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(0, r.exit(), r.all());
        return Files.readString(f.dir().resolve("report.md")) + Files.readString(f.dir().resolve("details.md"));
    }

    /** The first paragraph after the title: where a disturbed run's statement goes. */
    static String opening(String md) {
        return md.lines().filter(l -> !l.isBlank()).skip(2).findFirst().orElseThrow();
    }

    @Test
    void aDisturbedInvocationOpensTheReportNamesTheCellsAndFlagsTheRows() throws IOException {
        BundleFixture f = fibRun(tmp.resolve("run"), 100).invocation("bench-cpu", 1, 45, 0)
                .invocation("bench-cpu", 2, 2, 8);
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("report.md opens with: This run was disturbed by other activity on the machine\n"),
                "the console says what the report opens with: " + r.out());
        String md = report(f);
        String opening = opening(md);
        assertTrue(opening.startsWith("**This run was disturbed by other activity on the machine**: other processes used"
                + " up to 45% of the pinned CPUs for a second or more: bench-cpu at 1 core (45%); the hypervisor reported"
                + " up to 8% steal time: bench-cpu at 2 cores (8%)."), opening);
        assertTrue(opening.contains("It touches the parallel speedups of bench-cpu between 1 and 2 cores (3 rows in 1"
                + " workload)"), opening);
        for (String[] row : rows(f.dir()).values()) {
            assertEquals("disturbed", flags(row), String.join(",", row));
        }
        assertTrue(md.contains("(\u26a0 disturbed: other activity on the machine during its 1-core and 2-core cells (see the top),"
                + " so its parallel speedups to 2 cores may be off)"), "the finding says so: " + md);
        assertTrue(md.contains("2 cell(s) ran while other activity used more than 10% of the pinned CPUs for a second or"
                + " more, or steal exceeded 5% (see the top)"), md);
    }

    @Test
    void aCpuThatComputedSlowWhileNothingElseShowedDisturbsItsCells() throws IOException {
        BundleFixture f = fibRun(tmp.resolve("run"), 100).invocation("bench-cpu", 1, 2, 0, 1.02)
                .invocation("bench-cpu", 2, 2, 0, 1.46);
        String md = report(f);
        String opening = opening(md);
        assertTrue(opening.startsWith("**This run was disturbed by other activity on the machine**: a pinned CPU computed"
                + " up to 1.46\u00d7 slower than at the run's full speed for about 5 seconds (a fixed computation timed on"
                + " each CPU once a second; time the hypervisor took without reporting it as steal, or a busy sibling"
                + " hyperthread): bench-cpu at 2 cores (1.46\u00d7)."), opening);
        assertFalse(opening.contains("bench-cpu at 1 core ("), "1.02x is within the probe's own spread: " + opening);
        for (String[] row : rows(f.dir()).values()) {
            assertEquals(row[4].equals("2") ? "disturbed" : "", flags(row), "rows measured in the slow 2-core cell: "
                    + String.join(",", row));
        }
        assertTrue(md.contains("or a pinned CPU computed more than 1.25\u00d7 slower than at full speed (see the top)"), md);
    }

    @Test
    void aQuietRunSaysSoAndFlagsNothing() throws IOException {
        BundleFixture f = fibRun(tmp.resolve("run"), 100).invocation("bench-cpu", 1, 3, 0.5)
                .invocation("bench-cpu", 2, 9.9, 4.9);
        String md = report(f);
        assertFalse(md.contains("This run was disturbed"), md);
        assertFalse(md.contains("control failed"), md);
        assertTrue(md.contains("no other activity above 10% of the pinned CPUs (nor steal above 5%) was recorded during"
                + " any cell (2 invocation(s) sampled)"), md);
        assertTrue(md.contains("held in 1 of 1 comparison(s)"), "sequential 1.00x on 2 cores holds: " + md);
        assertTrue(md.contains("differences smaller than about "), "the measurement floor is stated: " + md);
        rows(f.dir()).values().forEach(row -> assertEquals("", flags(row), String.join(",", row)));
    }

    @Test
    void aSequentialThatSpeedsUpFailsTheControlAtTheTop() throws IOException {
        BundleFixture f = fibRun(tmp.resolve("run"), 100 / 1.5).invocation("bench-cpu", 1, 2, 0)
                .invocation("bench-cpu", 2, 2, 0);
        String md = report(f);
        String opening = opening(md);
        assertTrue(opening.startsWith("**The sequential control failed**, evidence that the machine disturbed the run:"
                + " bench-cpu KernelBenchmark kernel=fib tasks=8: sequential 1.50\u00d7 ["), opening);
        assertTrue(opening.contains("from 1 to 2 cores"), opening);
        Map<String, String[]> rows = rows(f.dir());
        assertEquals("control-failed", flags(rows.get("sequential@2")));
        assertEquals("control-failed", flags(rows.get("platform-pool@2")), "the workload's comparisons are suspect");
        assertEquals("", flags(rows.get("sequential@1")));
        assertTrue(Double.parseDouble(rows.get("sequential@2")[18]) > 1.1, "a narrow interval wholly above the band");
        assertTrue(md.contains("its sequential control changed 1.50\u00d7"), "the finding says so: " + md);
    }

    @Test
    void aWaitingSequentialThatSpeedsUpIsNoControl() throws IOException {
        BundleFixture f = fibRun(tmp.resolve("run"), 100 / 1.5).invocation("bench-cpu", 1, 2, 0)
                .invocation("bench-cpu", 2, 2, 0)
                .declarations(dev.cvp.report.model.TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run")
                        .lesson(dev.cvp.bundle.declare.Lesson.CONCURRENCY).build());
        String md = report(f);
        assertFalse(opening(md).contains("control failed"), "a declared waiting workload: " + opening(md));
        assertEquals("", flags(rows(f.dir()).get("sequential@2")));
        assertTrue(md.contains("no sequential speedup of computing work with an interval to check"), md);

        BundleFixture computing = fibRun(tmp.resolve("computing"), 100 / 1.5).invocation("bench-cpu", 1, 2, 0)
                .invocation("bench-cpu", 2, 2, 0)
                .declarations(dev.cvp.report.model.TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run")
                        .lesson(dev.cvp.bundle.declare.Lesson.PARALLELISM).build());
        assertTrue(opening(report(computing)).startsWith("**The sequential control failed**"), "declared computing work is");
    }

    @Test
    void anIntervalThatIncludesOneIsWordedAsNoMeasurableDifference() throws IOException {
        double[][] seq = {{100, 92, 108}, {97, 104, 99}};
        double[][] virt = {{99, 91, 106}, {95, 103, 100}};
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).formatVersion(2).machine("1")
                .results(1, "bench-cpu",
                        JmhJson.result().param("kernel", "fib").strategy("sequential").forks(seq).cpus(1),
                        JmhJson.result().param("kernel", "fib").strategy("virtual").forks(virt).cpus(1))
                .invocation("bench-cpu", 1, 1, 0);
        String md = report(f);
        String finding = md.lines().filter(l -> l.startsWith("Finding: KernelBenchmark kernel=fib")).findFirst()
                .orElseThrow();
        assertTrue(finding.contains("vs sequential at 1 core: no measurable difference"), finding);
        assertFalse(finding.contains("concurrency helps"), finding);
        String[] virtual = rows(f.dir()).get("virtual@1");
        double low = Double.parseDouble(virtual[16]);
        double high = Double.parseDouble(virtual[17]);
        assertTrue(low < 1 && high > 1, "the table under it shows the interval around 1: " + low + ".." + high);
    }

    @Test
    void aVersionOneBundleHasNoDisturbanceRecordNotAQuietOne() throws IOException {
        String md = report(BundleFixture.cpuBundle(tmp.resolve("run")));
        assertTrue(md.contains("no disturbance record"), md);
        assertFalse(md.contains("no other activity above"), md);
        assertEquals(1, md.split("too few iterations per fork", -1).length - 1, "said once, not per row: " + md);
    }

    @Test
    void aTrendingCellIsFlaggedNotSettledAndASuperlinearSpeedupIsFlagged() throws IOException {
        double[] warming = {200, 185, 172, 160, 150, 141, 133, 126, 120, 115};
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 100), fib("fork-join", 1, 100),
                        JmhJson.result().param("kernel", "fib").strategy("virtual").param("tasks", "8")
                                .forks(warming).cpus(1))
                .results(2, "bench-cpu", fib("sequential", 2, 100), fib("fork-join", 2, 30), fib("virtual", 2, 120))
                .invocation("bench-cpu", 1, 1, 0).invocation("bench-cpu", 2, 1, 0);
        String md = report(f);
        Map<String, String[]> rows = rows(f.dir());
        assertEquals("not-settled", flags(rows.get("virtual@1")));
        assertEquals("superlinear", flags(rows.get("fork-join@2")));
        assertTrue(md.contains("1 cell(s) never settled (flag `not-settled`"), md);
        assertTrue(md.contains("bench-cpu KernelBenchmark kernel=fib tasks=8 virtual at 1 core (drift "), md);
        assertTrue(md.contains("- **Superlinear** (flag `superlinear`): bench-cpu KernelBenchmark kernel=fib tasks=8"
                + " fork-join 3.33\u00d7 ["), md);
        List<String> shown = new ArrayList<>();
        md.lines().filter(l -> l.startsWith("| virtual |")).forEach(shown::add);
        assertTrue(shown.get(0).contains("\u26a0 not-settled"), "the cell shows its flag: " + shown);
    }
}
