package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.SpellCheck;
import dev.cvp.report.model.SpellResidue;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The iterations a slow spell hit are set aside: the speed probe's spells (run.json) are matched
 * to each iteration's start and end (the JMH JSON), the figures rest on the other iterations, and
 * the cell no longer counts as disturbed by that spell. A fork that would keep fewer than 3, or a
 * result without iteration times, keeps every iteration and the cell stays disturbed.
 */
class SlowIterationsTest {

    /** Where the 1-core platform-pool fork's six 200 ms iterations start (ms since the epoch). */
    private static final long T0 = 1_764_600_000_000L;

    @TempDir
    Path tmp;

    /** One fork of six iterations of {@code ms}, the {@code slow} ones (by index) 1.9 times as long. */
    private static JmhJson.Result fib(String strategy, int cores, double ms, long start, int... slow) {
        double[] values = new double[6];
        double[] starts = new double[6];
        double[] ends = new double[6];
        double[] noise = {-0.004, 0.003, 0, 0.004, -0.003, 0.001};
        for (int i = 0; i < 6; i++) {
            int n = i;
            values[i] = ms * (1 + noise[i]) * (Arrays.stream(slow).anyMatch(x -> x == n) ? 1.9 : 1);
            starts[i] = start + 200L * i;
            ends[i] = start + 200L * i + 199;
        }
        JmhJson.Result r = JmhJson.result().param("kernel", "fib").strategy(strategy).param("tasks", "8")
                .forks(values).cpus(cores);
        return start < 0 ? r : r.secondary("\u00b7iterationStart", "ms since epoch", starts)
                .secondary("\u00b7iterationEnd", "ms since epoch", ends);
    }

    /**
     * bench-cpu at 1 and 2 cores; at 1 core the spell from {@code T0 + spellFrom} to
     * {@code T0 + spellTo} made the platform-pool iterations {@code slow} 1.9x slow.
     */
    private BundleFixture run(String name, boolean timed, long spellFrom, long spellTo, int... slow) throws Exception {
        long at = timed ? T0 : -1;
        return BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 100, timed ? T0 - 5_000 : -1),
                        fib("platform-pool", 1, 100, at, slow))
                .results(2, "bench-cpu", fib("sequential", 2, 100, timed ? T0 + 10_000 : -1),
                        fib("platform-pool", 2, 50, timed ? T0 + 12_000 : -1))
                .invocation("bench-cpu", 1, 2, 0, 1.9, new long[] {T0 + spellFrom, T0 + spellTo, 190})
                .invocation("bench-cpu", 2, 2, 0, 1.0);
    }

    private static Estimate platformPoolOneCore(Bundle b) {
        return b.workloads().get(0).cell("platform-pool", 1).orElseThrow().estimate();
    }

    @Test
    void theIterationsASpellHitAreSetAsideAndTheCellIsNotDisturbed() throws Exception {
        BundleFixture f = run("aside", true, 450, 750, 2, 3);
        Bundle b = BundleLoader.load(f.dir());
        Estimate e = platformPoolOneCore(b);
        assertEquals(4, e.sampleCount(), "iterations 2 and 3 (400-799 ms) overlapped the spell (450-750 ms)");
        assertEquals(100, e.score(), 0.5, "the score is the mean of the four at full speed: " + e);
        assertEquals(6, b.workloads().get(0).cell("sequential", 1).orElseThrow().estimate().sampleCount(),
                "sequential ran 5 s before the spell");
        assertEquals(new SpellCheck(2, 1, SpellResidue.NONE, 0), b.spellChecks().get("bench-cpu@1"));
        String md = TrustReportTest.report(f);
        assertFalse(TrustReportTest.opening(md).startsWith("**This run was disturbed"), TrustReportTest.opening(md));
        assertTrue(md.contains("2 iteration(s) in 1 result(s) ran while a pinned CPU computed more than 1.25\u00d7 slower"
                + " than at full speed"), md);
        assertTrue(md.contains("were set aside; each fork kept at least 3 iterations"), md);
        assertEquals("", TrustReportTest.flags(TrustReportTest.rows(f.dir()).get("platform-pool@1")));
    }

    @Test
    void aForkThatWouldKeepFewerThanThreeKeepsThemAllAndTheCellIsDisturbed() throws Exception {
        BundleFixture f = run("long", true, 150, 950, 1, 2, 3, 4);
        Bundle b = BundleLoader.load(f.dir());
        assertEquals(6, platformPoolOneCore(b).sampleCount());
        assertEquals(new SpellCheck(0, 0, new SpellResidue(1.9, 0), 0), b.spellChecks().get("bench-cpu@1"));
        String opening = TrustReportTest.opening(TrustReportTest.report(f));
        assertTrue(opening.startsWith("**This run was disturbed by other activity on the machine**: a pinned CPU computed"
                + " up to 1.90\u00d7 slower"), opening);
        assertTrue(opening.contains("It touches the parallel speedups of bench-cpu between 1 and 2 cores (1 row in 1"
                + " workload); the concurrency gains of bench-cpu at 1 core (1 row in 1 workload)."),
                "only the row the spell overlapped, whose gain over sequential at 1 core it touches too: " + opening);
        var rows = TrustReportTest.rows(f.dir());
        assertEquals("disturbed", TrustReportTest.flags(rows.get("platform-pool@1")));
        assertEquals("disturbed;superlinear", TrustReportTest.flags(rows.get("platform-pool@2")),
                "its speedup divides by the slowed row, and so looks superlinear");
        assertEquals("", TrustReportTest.flags(rows.get("sequential@1")), "sequential ran before the spell");
        assertEquals("", TrustReportTest.flags(rows.get("sequential@2")));
    }

    @Test
    void aResultAnExtraRoundMeasuredAgainIsReplacedAndTheCellIsNoLongerDisturbed() throws Exception {
        BundleFixture f = run("replaced", true, 150, 950, 1, 2, 3, 4)
                .write("cores-1/bench-cpu.r2.json", JmhJson.render(java.util.List.of(
                        fib("platform-pool", 1, 100, T0 + 60_000))))
                .replacement("bench-cpu", 1, 2, 1);
        Bundle b = BundleLoader.load(f.dir());
        assertEquals(java.util.List.of(), b.problems());
        Estimate e = platformPoolOneCore(b);
        assertEquals(1, e.forkCount(), "round 2's fork in place of round 1's: " + e);
        assertEquals(100, e.score(), 0.5);
        assertEquals(new SpellCheck(0, 0, SpellResidue.NONE, 1), b.spellChecks().get("bench-cpu@1"));
        String md = TrustReportTest.report(f);
        assertFalse(TrustReportTest.opening(md).startsWith("**This run was disturbed"), TrustReportTest.opening(md));
        assertTrue(md.contains("1 result(s) measured while a pinned CPU computed more than 1.25\u00d7 slower than at full"
                + " speed, or other processes used more than 10% of the pinned CPUs were measured again in an extra round"
                + " and replaced."), md);
    }

    @Test
    void theRunnerMeasuresAgainTheHeadlineExampleFirst() throws Exception {
        // platform-pool at 1 core is hit; a second workload (kernel=primes), hit too, comes first in the bundle
        BundleFixture f = BundleFixture.in(tmp.resolve("order")).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("platform-pool", 1, 100, T0 + 100_000, 0, 1, 2, 3, 4)
                                .param("kernel", "primes"),
                        fib("platform-pool", 1, 100, T0, 0, 1, 2, 3, 4))
                .results(2, "bench-cpu", fib("platform-pool", 2, 50, T0 + 10_000).param("kernel", "primes"),
                        fib("platform-pool", 2, 50, T0 + 12_000))
                .invocation("bench-cpu", 1, 2, 0, 1.9, new long[] {T0 - 100, T0 + 1_000, 190},
                        new long[] {T0 + 99_900, T0 + 101_000, 190})
                .invocation("bench-cpu", 2, 2, 0, 1.0)
                .declarations(dev.cvp.report.model.TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run")
                        .example(dev.cvp.bundle.declare.Example.CPU_BOUND, "kernel", "fib", "strategy", "platform-pool")
                        .build());
        java.util.List<dev.cvp.report.analysis.WideSpeedups.Row> hits =
                dev.cvp.report.analysis.WideSpeedups.spellHits(BundleLoader.load(f.dir()));
        assertEquals(java.util.List.of("fib", "primes"), hits.stream().map(h -> h.params().get("kernel")).toList(),
                "the declared example (kernel=fib) before the other hit workload: " + hits);
        assertEquals(1, hits.get(0).cores());
        assertEquals(1, hits.get(0).round());
    }

    @Test
    void withoutIterationTimesTheInvocationsSlowdownDecidesAsBefore() throws Exception {
        BundleFixture f = run("untimed", false, 350, 750, 2, 3);
        Bundle b = BundleLoader.load(f.dir());
        assertEquals(6, platformPoolOneCore(b).sampleCount());
        assertTrue(b.spellChecks().isEmpty(), b.spellChecks().toString());
        assertTrue(TrustReportTest.opening(TrustReportTest.report(f)).startsWith("**This run was disturbed"));
    }

    /**
     * bench-cpu at 1 and 2 cores, as {@link #run}, but the 1-core iterations {@code slow} ran while
     * another program used {@code percent}% of the pinned CPU, from {@code T0 + from} to {@code T0 + to}.
     */
    private BundleFixture busy(String name, long from, long to, long percent, int... slow) throws Exception {
        return BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", fib("sequential", 1, 100, T0 - 5_000), fib("platform-pool", 1, 100, T0, slow))
                .results(2, "bench-cpu", fib("sequential", 2, 100, T0 + 10_000), fib("platform-pool", 2, 50, T0 + 12_000))
                .busyInvocation("bench-cpu", 1, percent, new long[] {T0 + from, T0 + to, percent})
                .busyInvocation("bench-cpu", 2, 1);
    }

    @Test
    void theIterationsAnotherProgramHitAreSetAsideAndTheCellIsNotDisturbed() throws Exception {
        BundleFixture f = busy("busy-aside", 450, 750, 60, 2, 3);
        Bundle b = BundleLoader.load(f.dir());
        Estimate e = platformPoolOneCore(b);
        assertEquals(4, e.sampleCount(), "iterations 2 and 3 (400-799 ms) overlapped the busy spell (450-750 ms)");
        assertEquals(100, e.score(), 0.5, e.toString());
        assertEquals(new SpellCheck(2, 1, SpellResidue.NONE, 0), b.spellChecks().get("bench-cpu@1"));
        String md = TrustReportTest.report(f);
        assertFalse(TrustReportTest.opening(md).startsWith("**This run was disturbed"),
                "60% in the cell's worst window, but only over iterations set aside: " + TrustReportTest.opening(md));
        assertTrue(md.contains("- **Other activity**: no other activity above 10% of the pinned CPUs (nor steal above 5%, nor"
                + " a pinned CPU computing more than 1.25\u00d7 slower than at full speed in any 5 seconds (a fixed"
                + " computation timed on each CPU once a second)) is left in the figures of any cell"),
                "it was recorded, so the report does not say it was not: " + md);
        assertTrue(md.contains("2 iteration(s) in 1 result(s) ran while a pinned CPU computed more than 1.25\u00d7"
                + " slower than at full speed, or other processes used more than 10% of the pinned CPUs"), md);
        assertEquals("", TrustReportTest.flags(TrustReportTest.rows(f.dir()).get("platform-pool@1")));
    }

    @Test
    void anotherProgramOverMostOfAForkDisturbsThatRowAloneNotTheCell() throws Exception {
        BundleFixture f = busy("busy-long", 150, 950, 60, 1, 2, 3, 4);
        Bundle b = BundleLoader.load(f.dir());
        assertEquals(6, platformPoolOneCore(b).sampleCount(), "a fork keeps at least 3 iterations or all of them");
        assertEquals(new SpellCheck(0, 0, new SpellResidue(0, 60), 0), b.spellChecks().get("bench-cpu@1"));
        String opening = TrustReportTest.opening(TrustReportTest.report(f));
        assertTrue(opening.startsWith("**This run was disturbed by other activity on the machine**: other processes used"
                + " up to 60% of the pinned CPUs for a second or more: bench-cpu at 1 core (60%)"), opening);
        assertTrue(opening.contains("(1 row in 1 workload)"), "only the row the busy spell overlapped: " + opening);
        var rows = TrustReportTest.rows(f.dir());
        assertEquals("disturbed", TrustReportTest.flags(rows.get("platform-pool@1")));
        assertEquals("", TrustReportTest.flags(rows.get("sequential@1")), "sequential ran 5 s before the busy spell");
        assertEquals(java.util.List.of("platform-pool"),
                dev.cvp.report.analysis.WideSpeedups.spellHits(b).stream().map(h -> h.label().replaceAll(".* ", ""))
                        .toList(), "the runner measures that result again");
    }

    @Test
    void aBusySpellBelowTheLimitSetsNothingAside() throws Exception {
        BundleFixture f = busy("busy-mild", 150, 950, 8);
        Bundle b = BundleLoader.load(f.dir());
        assertEquals(6, platformPoolOneCore(b).sampleCount());
        assertEquals(new SpellCheck(0, 0, SpellResidue.NONE, 0), b.spellChecks().get("bench-cpu@1"));
        assertFalse(TrustReportTest.opening(TrustReportTest.report(f)).startsWith("**This run was disturbed"));
    }
}
