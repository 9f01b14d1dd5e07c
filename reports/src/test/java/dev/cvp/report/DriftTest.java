package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.analysis.Drift;
import dev.cvp.report.load.BundleLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the machine's speed drifted between a module's cells, by the speed probe's median times in
 * run.json: computed per module, shown in the trust section, and named beside a sequential control
 * that failed, whose likeliest cause it is.
 */
class DriftTest {

    @TempDir
    Path tmp;

    /** fib sequential 100 ms on 1 core and {@code seq2} on 2, narrow; the probe at 1,200 us and {@code probe2}. */
    private BundleFixture bundle(String name, double seq2, Double probe2) throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", JmhJson.result().param("kernel", "fib").strategy("sequential")
                        .forks(new double[] {100, 101, 99, 100.5, 99.5, 100}).cpus(1))
                .results(2, "bench-cpu", JmhJson.result().param("kernel", "fib").strategy("sequential")
                        .forks(new double[] {seq2, seq2 * 1.01, seq2 * 0.99, seq2, seq2 * 1.005, seq2 * 0.995}).cpus(2));
        if (probe2 == null) {
            return f.invocation("bench-cpu", 1, 1, 0).invocation("bench-cpu", 2, 1, 0);
        }
        return f.probedInvocation("bench-cpu", 1, probes(1200)).probedInvocation("bench-cpu", 2, probes(probe2))
                .probedInvocation("bench-process", 1, probes(1200)).probedInvocation("bench-process", 2, probes(1195));
    }

    /**
     * Thirty probes a second apart around {@code mean}: ±3% from probe to probe and ±2% from one
     * stretch of seconds to the next, with no trend.
     */
    private static double[] probes(double mean) {
        double[] out = new double[30];
        for (int i = 0; i < out.length; i++) {
            out[i] = mean * (1 + 0.03 * Math.sin(i * 2.3) + 0.02 * Math.sin(i / 5 * 1.7));
        }
        return out;
    }

    @Test
    void eachModulesBaseCellOverItsKCoreCellWithAnIntervalFromBlocksOfProbes() throws Exception {
        Drift d = Drift.of(BundleLoader.load(bundle("drift", 85, 1140.0).dir()).invocations());
        assertEquals(List.of("bench-cpu@2", "bench-process@2"), d.between().stream()
                .map(b -> b.module() + "@" + b.cores()).toList());
        Drift.Between cpu = d.of("bench-cpu", 2).orElseThrow();
        assertEquals(1200 / 1140.0, cpu.ratio().value(), 1e-9, "the machine computed 5% faster during the 2-core cell");
        assertTrue(cpu.measurable(), "±3% from probe to probe, 30 probes a side: 5% is measurable " + cpu);
        Drift.Between process = d.of("bench-process", 2).orElseThrow();
        assertFalse(process.measurable(), "1,200 against 1,195 is within the probes' spread: " + process);
        assertEquals("bench-cpu", d.largestMeasurable().orElseThrow().module());
        assertEquals(6, Drift.blocks(java.util.Arrays.stream(probes(1)).boxed().toList()).size(), "30 probes, 6 blocks");
        assertEquals(List.of(5, 7), Drift.blocks(java.util.Collections.nCopies(12, 1.0)).stream().map(b -> b.length)
                .toList(), "a short last block joins the one before");
        assertTrue(Drift.of(BundleLoader.load(bundle("unprobed", 85, null).dir()).invocations()).between().isEmpty(),
                "invocations without the probe's times (older bundles) give none");
    }

    @Test
    void theTrustSectionShowsEachModulesDriftAndAFailedControlNamesItsOwn() throws IOException {
        String md = TrustReportTest.report(bundle("failed", 85, 1140.0));
        assertTrue(md.contains("**The sequential control failed**"), md);
        assertTrue(md.contains("sequential 1.18× [1.17–1.19] from 1 to 2 cores (speed probe: 1.05× ["), md);
        assertTrue(md.contains("- **Drift**: how much faster the machine computed during each module's 2-core cell than"
                + " during its 1-core cell, by the speed probe (a fixed computation timed once a second on the pinned"
                + " CPUs): bench-cpu 1.05× ["), md);
        assertTrue(md.contains("A drift moves every speedup of its module by about as much (largest measurable:"
                + " bench-cpu, 1.05× ["), md);
        String quiet = TrustReportTest.report(bundle("quiet", 100, 1195.0));
        assertTrue(quiet.contains("No interval lies beyond 1 ± 0.5%: no measurable drift between the cells."), quiet);
        assertFalse(TrustReportTest.report(bundle("old", 100, null)).contains("**Drift**"),
                "no probe times, no Drift line");
    }

    @Test
    void aResultMeasuredAgainIsHeldAgainstTheRoundItStoodInForAndALargeDriftOpensTheReport() throws Exception {
        String fib = "^dev\\.cvp\\.cpu\\.KernelBenchmark\\.run$ -p kernel=fib -p strategy=sequential";
        BundleFixture f = bundle("replaced", 100, 1200.0).probedReplacement("bench-cpu", 2, 2, 1, fib, probes(1320));
        f.write("cores-2/bench-cpu.r2.json", JmhJson.render(List.of(JmhJson.result().param("kernel", "fib")
                .strategy("sequential").forks(new double[] {101, 102, 100, 101.5, 100.5, 101}).cpus(2))));
        Drift d = Drift.of(BundleLoader.load(f.dir()).invocations());
        assertEquals(1.0, d.of("bench-cpu", 2).orElseThrow().ratio().value(), 1e-9,
                "the cells' own rounds: 1,200 against 1,200");
        Drift.Between again = d.replacements().get(0);
        assertEquals(1200 / 1320.0, again.ratio().value(), 1e-9, "round 2 at 2 cores against round 1 at 1 core");
        assertEquals(new Drift.Replacement(2, 2, 1, fib), again.replacement());
        assertEquals(List.of(again), d.large(), "9% slower: beyond 1 ± 5%");
        String md = TrustReportTest.report(f);
        assertTrue(md.contains("**The machine's speed drifted between cells that speedups compare**, by the speed probe"
                + " (a fixed computation timed once a second on the pinned CPUs): bench-cpu (KernelBenchmark.run"
                + " kernel=fib strategy=sequential), measured again at 2 cores in round 2 in place of round 1: the"
                + " 2-core side computed 0.91× ["), md);
        assertFalse(TrustReportTest.report(bundle("steady", 100, 1195.0)).contains("speed drifted"),
                "no drift beyond 5%, no opening paragraph");
    }

    @Test
    void aSelectionReadsAsTheRowsItMeasured() {
        assertEquals("FibBenchmark.fib tasks=8 strategy=gil,cooperative", dev.cvp.report.write.DriftText.rows(
                "^dev\\.cvp\\.cpu\\.FibBenchmark\\.fib$ -p tasks=8 -p strategy=gil,cooperative"));
        assertEquals("StartCostBenchmark.(thread|process)", dev.cvp.report.write.DriftText.rows(
                "^dev\\.cvp\\.process\\.StartCostBenchmark\\.(thread|process)$"));
    }
}
