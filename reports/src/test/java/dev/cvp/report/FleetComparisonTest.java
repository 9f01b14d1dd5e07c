package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.bundle.declare.Worker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three or more machines: scaling on each one's own cores, the ranking per lesson, the chart, bad input. */
class FleetComparisonTest {

    @TempDir
    Path tmp;

    /**
     * A machine measuring fib (declared: parallelism, job time) at 1..cores cores: sequential
     * takes {@code seq} ms at every count, platform-pool {@code seq / k * (1 + overhead * (k - 1))}.
     */
    private BundleFixture machine(String label, int cores, double seq, double overhead) throws IOException {
        StringBuilder list = new StringBuilder();
        BundleFixture f = BundleFixture.in(tmp.resolve(label)).label(label).formatVersion(2);
        for (int k = 1; k <= cores; k *= 2) {
            list.append(list.isEmpty() ? "" : ", ").append(k);
        }
        f.machine(list.toString());
        for (int k = 1; k <= cores; k *= 2) {
            f.results(k, "bench-cpu",
                    JmhJson.kernel("fib", "sequential", k, seq, 1),
                    JmhJson.kernel("fib", "platform-pool", k, seq / k * (1 + overhead * (k - 1)), 1));
        }
        return f.write("benchmarks.json", new String(declarations().toJson(), StandardCharsets.UTF_8));
    }

    private static Declarations declarations() {
        Map<String, StrategyRole> roles = new LinkedHashMap<>();
        roles.put("sequential", new StrategyRole(Role.BASELINE, Worker.CALLER, "one task after another"));
        roles.put("platform-pool", new StrategyRole(Role.PARALLEL, Worker.THREAD, "a pool"));
        Declaration fib = new Declaration("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run", "Fibonacci",
                Lesson.PARALLELISM, "fib(n) per task", MetricKind.JOB_TIME, "Java", "fib", List.of(), Map.of(),
                roles, Map.of("tasks", ParamMeaning.TASKS), false, List.of());
        return new Declarations(2, List.of(fib));
    }

    @Test
    void threeMachinesScalingRankingAndChart() throws IOException {
        Path one = machine("one", 1, 100, 0).dir();
        Path two = machine("two", 2, 100, 0.02).dir();
        Path four = machine("four", 4, 50, 0.05).dir();
        Path out = tmp.resolve("cmp.md");
        Cli.Run r = Cli.run(one.toString(), two.toString(), four.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(out);
        assertTrue(md.contains("| field | one | two | four |"), md);
        assertTrue(md.contains("the core counts measured differ (one: 1; two: 1, 2; four: 1, 2, 4)"), md);
        assertTrue(md.contains("**parallelism**: Fibonacci"), md);
        String rankLine = md.lines().filter(l -> l.startsWith("- on one core")).findFirst().orElseThrow();
        assertTrue(rankLine.contains("four 50 [") && rankLine.contains("then one 100 [")
                && rankLine.contains("2.00\u00d7 [") && rankLine.contains("slower than four"), rankLine);
        assertTrue(rankLine.contains("then two 100 [") && rankLine.contains("no measurable difference from one"),
                "equal scores: no winner named: " + rankLine);
        String whole = md.lines().filter(l -> l.startsWith("- the job on the whole machine")).findFirst().orElseThrow();
        assertTrue(whole.startsWith("- the job on the whole machine (each machine's best strategy at its full core"
                + " count): four (platform-pool, parallel, 4 cores) 14.4 [") && whole.contains("then two (platform-pool,"
                + " parallel, 2 cores) 51 ["), whole);
        assertTrue(md.contains("| platform-pool (parallel) | four | 1.90\u00d7 ["), "speedup at 2 cores: " + md);
        assertTrue(md.contains("| 4 cores: 3.48\u00d7 ["), "speedup at its full count: " + md);
        assertTrue(md.contains("| platform-pool (parallel) | one | \u2014 | 1 core only |"), md);
        assertFalse(md.contains("| platform-pool | 4 | \u2014 | \u2014 | 14.4 ["), "no absolute row where one machine has the count: " + md);
        assertTrue(md.contains("| sequential | 1 | 100 [97.4\u2013103] | 100 [97.4\u2013103] | 50 ["), md);
        assertTrue(md.contains("(no measurable difference) | 2.00\u00d7 ["), md);
        Path chart = tmp.resolve("cmp-charts/speedup-01.svg");
        assertTrue(md.contains("](cmp-charts/speedup-01.svg)"), md);
        String svg = Files.readString(chart);
        for (String line : List.of("one (1)", "two (2)", "four (3)", "ideal (linear)")) {
            assertTrue(svg.contains(line), line + " in the chart");
        }
        assertFalse(r.out().contains(one.resolve("report.md").toString()), "bundles are only read");
    }

    @Test
    void theCommittedThreeMachineSampleStillCompares() throws IOException {
        Path sample = Path.of("..", "docs", "sample-comparison", "bundles");
        List<String> args = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(sample)) {
            for (Path b : s.sorted().toList()) {
                args.add(copyInputs(b, tmp.resolve("bundles").resolve(b.getFileName())).toString());
            }
        }
        assertEquals(3, args.size(), args.toString());
        args.addAll(List.of("-o", tmp.resolve("comparison.md").toString()));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(tmp.resolve("comparison.md"));
        assertTrue(md.contains("# Cross-machine comparison: one-core vs two-core vs two-core-c1"), md);
        assertTrue(md.contains("**parallelism**: Fibonacci"), md);
        assertTrue(Files.isRegularFile(tmp.resolve("comparison-charts/speedup-01.svg")));
    }

    /** A bundle's inputs (machine.json, run.json, benchmarks.json, cores-k/*.json), not its report. */
    private static Path copyInputs(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = from.relativize(p).toString();
                if (rel.matches("(machine|run|benchmarks)\\.json|cores-\\d+/[^/]+\\.json")) {
                    Files.createDirectories(to.resolve(rel).getParent());
                    Files.copy(p, to.resolve(rel));
                }
            }
        }
        return to;
    }

    @Test
    void warnsOfUnpinnedAndDisturbedMachinesAndOfTheirOwnJmhOptions() throws IOException {
        Path one = machine("one", 1, 100, 0).invocation("bench-cpu", 1, 60, 0).dir();
        double[] wavering = new double[40];
        for (int i = 0; i < wavering.length; i++) {
            wavering[i] = i / 5 % 2 == 0 ? 1200 : 1440;
        }
        BundleFixture two = machine("two", 2, 100, 0.02);
        Path machineJson = two.dir().resolve("machine.json");
        Files.writeString(machineJson, Files.readString(machineJson).replace("\"modules\"",
                "\"pinningEnforced\": false,\n  \"modules\""));
        Path runJson = two.dir().resolve("run.json");
        Files.writeString(runJson, Files.readString(runJson).replace("\"cells\"",
                "\"settings\": {\"extraJmhArgs\": [\"-f\", \"2\", \"-jvmArgsAppend\", \"-Xint\"]},\n  \"cells\""));
        Path four = machine("four", 4, 50, 0.05).probedInvocation("bench-cpu", 1, wavering).dir();
        Files.writeString(four.resolve("run.json"), Files.readString(four.resolve("run.json")).replace("\"cells\"",
                "\"settings\": {\"extraJmhArgs\": [\"-f\", \"2\"]},\n  \"cells\""));
        Path drifted = BundleFixture.in(tmp.resolve("drifted")).label("drifted").formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", JmhJson.kernel("fib", "sequential", 1, 100, 1))
                .results(2, "bench-cpu", JmhJson.kernel("fib", "sequential", 2, 50, 1)).dir();
        Path out = tmp.resolve("cmp.md");
        Cli.Run r = Cli.run(one.toString(), two.dir().toString(), four.toString(), drifted.toString(),
                "-o", out.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(out);
        assertTrue(md.contains("the sequential control failed on drifted (bench-cpu KernelBenchmark kernel=fib"
                + " tasks=8 (avgt): sequential 2.00\u00d7 ["), md);
        assertFalse(md.contains("control failed on one") || md.contains("control failed on four"), md);
        assertTrue(md.contains("pinning was not enforced on two: a core count there is what the JVM was told"), md);
        assertTrue(md.contains("the run on one was disturbed by other activity on its machine (bench-cpu at 1 core(s):"
                + " others up to 60% of its pinned CPUs, steal 0%)"), md);
        assertFalse(md.contains("the run on two was disturbed") || md.contains("the run on four was disturbed"), md);
        assertTrue(md.contains("the machine's speed was unsteady through the run on four (its slow seconds took 1.20x "),
                md);
        assertFalse(md.contains("unsteady through the run on one") || md.contains("unsteady through the run on two"), md);
        assertTrue(md.contains("the JMH options given after -- differ (one: none; two: -f 2 -jvmArgsAppend -Xint;"
                + " four: -f 2; drifted: none)"), md);
    }

    @Test
    void eachBadBundleIsLeftOutWithOneLineAndTheRestCompared() throws IOException {
        Path one = machine("one", 1, 100, 0).dir();
        Path two = machine("two", 2, 100, 0.02).dir();
        Path four = machine("four", 4, 50, 0.05).dir();
        Path old = BundleFixture.in(tmp.resolve("old")).label("old").machine("1")
                .results(1, "bench-cpu", JmhJson.kernel("fib", "sequential", 1, 100, 1)).dir();
        Path twin = BundleFixture.in(tmp.resolve("twin")).label("two").formatVersion(2).machine("1")
                .results(1, "bench-cpu", JmhJson.kernel("fib", "sequential", 1, 100, 1)).dir();
        Path io = BundleFixture.in(tmp.resolve("io")).label("io").formatVersion(2).machine("1")
                .results(1, "bench-io", JmhJson.result().benchmark("dev.cvp.io.SleepBenchmark.run")
                        .strategy("sequential").score(10, 1, 9.9, 10, 10.1).cpus(1)).dir();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path out = tmp.resolve("cmp.md");
        Cli.Run r = Cli.run(one.toString(), two.toString(), old.toString(), twin.toString(), io.toString(),
                empty.toString(), four.toString(), two.toString(), "-o", out.toString());
        assertEquals(3, r.exit(), r.all());
        Map<Path, String> expected = Map.of(old, "mixed format versions: formatVersion 1 here, 2 in the other bundles",
                io, "no workload in common with the other bundles", empty, "not a result bundle");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            List<String> lines = r.err().lines().filter(l -> l.contains(e.getKey().toString() + ": ")).toList();
            assertEquals(1, lines.size(), e.getKey() + ": " + r.err());
            assertTrue(lines.get(0).contains(e.getValue()) && lines.get(0).contains("left out"), lines.get(0));
        }
        assertTrue(r.err().contains("the same bundle as " + two + ", given twice; left out"), r.err());
        String md = Files.readString(out);
        assertTrue(md.contains("# Cross-machine comparison: one vs two vs two \\#2 vs four"), md);
        assertTrue(md.lines().anyMatch(l -> l.contains(twin.getFileName() + ": label &quot;two&quot; is also the label of")
                        && l.contains("its column is named &quot;two \\#2&quot;")),
                "a taken label renames the column instead of dropping the machine: " + md);
        assertFalse(r.err().contains(twin.toString()), r.err());
        assertTrue(md.contains("## Left out"), md);
        ReportCommandTest.assertNoStackTrace(r);
    }

    @Test
    void nothingLeftToCompareExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path one = machine("one", 1, 100, 0).dir();
        Path io = BundleFixture.in(tmp.resolve("io")).label("io").formatVersion(2).machine("1")
                .results(1, "bench-io", JmhJson.result().benchmark("dev.cvp.io.SleepBenchmark.run")
                        .strategy("sequential").score(10, 1, 9.9, 10, 10.1).cpus(1)).dir();
        Path twin = machine("twin", 1, 100, 0).label("one").machine("1").dir();
        assertTrue(Files.isDirectory(twin), "a twin label is compared, not refused (see above)");
        for (List<Path> pair : List.of(List.of(one, io), List.of(one, one))) {
            Path out = tmp.resolve("cmp.md");
            Cli.Run r = Cli.run(pair.get(0).toString(), pair.get(1).toString(), "-o", out.toString());
            assertEquals(2, r.exit(), pair + ": " + r.all());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("nothing left to compare: 1 of 2 bundles usable")
                    || r.err().contains("nothing left to compare: 0 of 2"), r.err());
            assertFalse(Files.exists(out));
            assertFalse(Files.exists(tmp.resolve("cmp-charts")));
        }
    }

    @Test
    void aHostileLabelStaysOneLineInMessagesAndEscapedInTheComparison() throws IOException {
        String evil = "box|<b>x</b>\nnext `t`";
        Path a = machine("a", 2, 100, 0).dir();
        Path b = machine("b", 2, 90, 0).dir();
        Path c = BundleFixture.in(tmp.resolve("c")).label(evil).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", JmhJson.kernel("fib", "sequential", 1, 80, 1)).dir();
        Path d = BundleFixture.in(tmp.resolve("d")).label(evil).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", JmhJson.kernel("fib", "sequential", 1, 80, 1)).dir();
        Path out = tmp.resolve("cmp.md");
        Cli.Run r = Cli.run(a.toString(), b.toString(), c.toString(), d.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(out);
        List<String> named = md.lines().filter(l -> l.contains(d + ": label")).toList();
        assertEquals(1, named.size(), "the rename note is one line: " + md);
        String body = md.substring(md.indexOf('\n'));
        assertFalse(body.contains("<b>") || body.contains("`t`") || body.contains("box|"), md);
        for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
            assertTrue(line.endsWith("|"), line);
        }
        try (Stream<Path> s = Files.list(tmp.resolve("cmp-charts"))) {
            for (Path svg : s.toList()) {
                String text = Files.readString(svg);
                assertFalse(text.contains("<b>x"), "raw tag in SVG");
            }
        }
    }
}
