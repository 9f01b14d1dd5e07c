package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top of report.md states the run's measurement floor and how steadily the machine computed,
 * and opens with a paragraph of its own when the speed probe's slow seconds were far slower than
 * its fast ones.
 */
class SteadinessReportTest {

    @TempDir
    Path tmp;

    /** fib sequential at 1 and 2 cores, with forty probes a cell: every {@code period}th stretch of five seconds {@code slow}x. */
    private BundleFixture bundle(String name, double slow, int period) throws IOException {
        return BundleFixture.in(tmp.resolve(name)).formatVersion(2).machine("1, 2")
                .results(1, "bench-cpu", JmhJson.result().param("kernel", "fib").strategy("sequential")
                        .forks(new double[] {100, 101, 99, 100.5, 99.5, 100}).cpus(1))
                .results(2, "bench-cpu", JmhJson.result().param("kernel", "fib").strategy("sequential")
                        .forks(new double[] {100, 101, 99, 100.5, 99.5, 100}).cpus(2))
                .probedInvocation("bench-cpu", 1, probes(slow, period))
                .probedInvocation("bench-cpu", 2, probes(slow, period));
    }

    private static double[] probes(double slow, int period) {
        double[] out = new double[40];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1200 * (1 + 0.01 * Math.sin(i * 2.3)) * (i / 5 % period == period - 1 ? slow : 1);
        }
        return out;
    }

    @Test
    void aSteadyMachineIsSaidSoUnderTheStatusLineWithTheFloor() throws IOException {
        BundleFixture steady = bundle("steady", 1.0, 3);
        Cli.Run r = Cli.run(steady.dir().toString());
        assertFalse(r.out().contains("report.md opens with"), "a quiet run has no headline: " + r.out());
        String md = TrustReportTest.report(steady);
        assertTrue(TrustReportTest.opening(md).startsWith("Complete: "), "nothing to warn of: " + TrustReportTest.opening(md));
        assertTrue(md.contains("**Measurement floor**: differences smaller than about "), md);
        assertTrue(md.contains(". The machine computed steadily: its slow seconds took 1.02× ["), md);
        assertFalse(md.contains("unsteady"), md);
    }

    @Test
    void anUnsteadyMachineOpensTheReport() throws IOException {
        BundleFixture unsteady = bundle("unsteady", 1.2, 2);
        Cli.Run r = Cli.run(unsteady.dir().toString());
        assertTrue(r.out().contains("report.md opens with: The machine's speed was unsteady through this run"), r.out());
        String md = TrustReportTest.report(unsteady);
        assertTrue(TrustReportTest.opening(md).startsWith("**The machine's speed was unsteady through this run**: its slow"
                + " seconds took 1.2"), TrustReportTest.opening(md));
        assertTrue(md.contains("the 90th against the 10th percentile of its 80 times), where a quiet machine stays within"
                + " 1.08×"), md);
        assertTrue(md.contains("The machine's speed was unsteady (above)."), md);
    }
}
