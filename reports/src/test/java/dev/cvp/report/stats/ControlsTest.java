package dev.cvp.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Controls on synthetic raw data: sequential fib at 100 ms/op on any core count, a clean kernel
 * at 100 ms/op on 1 core and 50 on 2, 1% noise, 3 forks x 10 iterations a side.
 */
class ControlsTest {

    private final HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(1000, 9);
    private final Controls controls = new Controls();
    private final SplittableRandom random = new SplittableRandom(13);

    private List<double[]> run(double msPerOp) {
        return SyntheticRuns.lognormal(random, msPerOp, 3, 10, 0.005, 0.01);
    }

    /** A busy neighbour took half a core during some forks: those ran that much slower. */
    private static List<double[]> disturbed(List<double[]> forks, double slowdown, int... which) {
        List<double[]> out = new ArrayList<>(forks);
        for (int f : which) {
            double[] slow = forks.get(f).clone();
            for (int i = 0; i < slow.length; i++) {
                slow[i] *= slowdown;
            }
            out.set(f, slow);
        }
        return out;
    }

    @Test
    void aQuietRunHoldsItsControls() {
        ControlCheck check = controls.check(bootstrap.ratio(run(100), run(100)), bootstrap.ratio(run(100), run(50)), 2);
        assertEquals(ControlCheck.Verdict.HOLD, check.verdict(), check.toString());
    }

    @Test
    void sequentialSpeedingUpOnTwoCoresIsDetected() {
        Interval sequential = bootstrap.ratio(disturbed(run(100), 1.5, 0, 1, 2), run(100));
        ControlCheck check = controls.check(sequential, bootstrap.ratio(run(100), run(50)), 2);
        assertEquals(Band.Fit.OUTSIDE, check.sequential(), sequential.toString());
        assertEquals(ControlCheck.Verdict.DISTURBED, check.verdict());
    }

    @Test
    void aKernelFallingShortOfTheCoreCountIsDetected() {
        Interval kernel = bootstrap.ratio(run(100), disturbed(run(50), 1.3, 0, 1, 2));
        ControlCheck check = controls.check(bootstrap.ratio(run(100), run(100)), kernel, 2);
        assertEquals(Band.Fit.OUTSIDE, check.kernel(), kernel.toString());
        assertEquals(ControlCheck.Verdict.DISTURBED, check.verdict());
    }

    @Test
    void oneDisturbedForkOfThreeLeavesTheControlUnconfirmedNotSilent() {
        Interval sequential = bootstrap.ratio(disturbed(run(100), 1.5, 1), run(100));
        ControlCheck check = controls.check(sequential, bootstrap.ratio(run(100), run(50)), 2);
        assertEquals(Band.Fit.STRADDLES, check.sequential(), sequential.toString());
        assertEquals(ControlCheck.Verdict.UNCONFIRMED, check.verdict());
    }

    @Test
    void missingDataLeavesTheControlsUnconfirmed() {
        Interval none = bootstrap.ratio(List.of(new double[] {100}), List.of(new double[] {100}));
        assertEquals(ControlCheck.Verdict.UNCONFIRMED,
                controls.check(none, bootstrap.ratio(run(100), run(50)), 2).verdict());
    }

    @Test
    void oneCoreHasNoControlToCheck() {
        Interval one = bootstrap.ratio(run(100), run(100));
        assertThrows(IllegalArgumentException.class, () -> controls.check(one, one, 1));
    }
}
