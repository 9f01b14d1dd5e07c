package dev.cvp.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SteadyStateCheckTest {

    private static final int SERIES = 4000;

    /**
     * On iid noise the check fires at about its level. The exact test can only reach p-values on
     * a grid, so its true rate is a little under 5%: 4.66% for 10 iterations, 4.90% for 3 forks
     * of 10 (computed from the exact distribution); 4,000 series add a standard error of 0.33
     * points: accepted 3.7% to 5.9%, about 3 standard errors either side.
     */
    @Test
    void iidNoiseIsFlaggedAtAboutTheNominalLevel() {
        SteadyStateCheck check = new SteadyStateCheck(0.05, 0);
        SplittableRandom random = new SplittableRandom(5);
        int flagged = 0;
        for (int i = 0; i < SERIES; i++) {
            if (check.check(SyntheticRuns.normal(random, 100, 5, 10)).verdict() == Trend.Verdict.NOT_SETTLED) {
                flagged++;
            }
        }
        double rate = (double) flagged / SERIES;
        assertTrue(rate >= 0.037 && rate <= 0.059, "false-positive rate " + rate + " for a nominal 0.05");
    }

    /** The same over three forks tested together; the report's defaults (1%, 2% drift) fire less. */
    @Test
    void iidNoiseOverSeveralForksIsFlaggedAtAboutTheNominalLevel() {
        SteadyStateCheck nominal = new SteadyStateCheck(0.05, 0);
        SteadyStateCheck report = new SteadyStateCheck();
        SplittableRandom random = new SplittableRandom(6);
        int flagged = 0;
        int flaggedByDefaults = 0;
        for (int i = 0; i < SERIES; i++) {
            List<double[]> forks = List.of(SyntheticRuns.normal(random, 100, 5, 10),
                    SyntheticRuns.normal(random, 100, 5, 10), SyntheticRuns.normal(random, 100, 5, 10));
            flagged += nominal.check(forks).verdict() == Trend.Verdict.NOT_SETTLED ? 1 : 0;
            flaggedByDefaults += report.check(forks).verdict() == Trend.Verdict.NOT_SETTLED ? 1 : 0;
        }
        double rate = (double) flagged / SERIES;
        assertTrue(rate >= 0.037 && rate <= 0.059, "false-positive rate " + rate + " for a nominal 0.05");
        assertTrue(flaggedByDefaults <= 0.015 * SERIES, flaggedByDefaults + " flagged at the 1% level");
    }

    @Test
    void aWarmUpThatHasNotFinishedIsFlagged() {
        SteadyStateCheck check = new SteadyStateCheck();
        SplittableRandom random = new SplittableRandom(7);
        int flagged = 0;
        for (int i = 0; i < 200; i++) {
            double[] x = SyntheticRuns.normal(random, 0, 0.02, 10);
            for (int k = 0; k < x.length; k++) {
                x[k] += 1 + 0.5 * Math.exp(-k / 3.0);
            }
            Trend trend = check.check(x);
            if (trend.verdict() == Trend.Verdict.NOT_SETTLED) {
                flagged++;
                assertTrue(trend.tau() < 0 && trend.drift() < -0.2, trend.toString());
            }
        }
        assertTrue(flagged >= 190, flagged + " of 200 unfinished warm-ups flagged");
    }

    @Test
    void aMonotoneSeriesHasTheExactSmallestPValue() {
        Trend trend = new SteadyStateCheck(0.05, 0).check(new double[] {1, 2, 3, 4, 5});
        assertEquals(2.0 / 120, trend.pValue(), 1e-12);
        assertEquals(1.0, trend.tau());
        assertEquals(4.0 / 3, trend.drift(), 1e-12, "slope 1 over 4 steps, against the median 3");
    }

    @Test
    void tooFewIterationsCannotBeJudged() {
        SteadyStateCheck check = new SteadyStateCheck();
        assertEquals(Trend.Verdict.TOO_FEW_ITERATIONS, check.check(new double[] {3, 2, 1}).verdict());
        assertEquals(Trend.Verdict.TOO_FEW_ITERATIONS, check.check(new double[] {7}).verdict());
        List<double[]> threeForks = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            threeForks.add(new double[] {1.3, 1.2, 1.1, 1.0});
        }
        assertEquals(Trend.Verdict.TOO_FEW_ITERATIONS, check.check(threeForks.get(0)).verdict());
        assertEquals(Trend.Verdict.NOT_SETTLED, check.check(threeForks).verdict(), "forks tested together");
    }

    @Test
    void aSignificantButTinyDriftCountsAsSettled() {
        double[] x = {100.0, 100.1, 100.2, 100.3, 100.4, 100.5, 100.6, 100.7};
        assertEquals(Trend.Verdict.SETTLED, new SteadyStateCheck().check(x).verdict());
        assertEquals(Trend.Verdict.NOT_SETTLED, new SteadyStateCheck(0.01, 0).check(x).verdict());
    }
}
