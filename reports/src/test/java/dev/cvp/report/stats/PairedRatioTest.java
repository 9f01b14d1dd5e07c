package dev.cvp.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The paired ratio: rounds measured in alternation resampled as pairs. Over {@value #TRIALS}
 * seeded trials it covers the true ratio about 95% of the time (accepted 92-99%, as
 * {@link RatioCoverageTest}) whether or not a drift hits both sides of a round alike, and where
 * one does, it is narrower than the unpaired interval of the same data, which the drift widens.
 */
class PairedRatioTest {

    private static final int TRIALS = 400;
    private static final double TRUE_RATIO = 2.0;

    private final HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(1000, 7);

    /** One trial: {@code pairs} rounds, each a common drift factor on both sides, then each side's own fork and iterations. */
    private record Trial(List<List<double[]>> oneCore, List<List<double[]>> twoCores) {

        static Trial of(SplittableRandom random, int pairs, int iterations, double driftSigma, double forkSigma,
                        double iterationSigma) {
            List<List<double[]>> a = new ArrayList<>();
            List<List<double[]>> b = new ArrayList<>();
            for (int p = 0; p < pairs; p++) {
                double drift = Math.exp(driftSigma * random.nextGaussian() - driftSigma * driftSigma / 2);
                a.add(SyntheticRuns.lognormal(random, TRUE_RATIO * drift, 1, iterations, forkSigma, iterationSigma));
                b.add(SyntheticRuns.lognormal(random, drift, 1, iterations, forkSigma, iterationSigma));
            }
            return new Trial(a, b);
        }

        List<double[]> flat(List<List<double[]>> side) {
            return side.stream().flatMap(List::stream).toList();
        }
    }

    @ParameterizedTest(name = "{0} pairs x {1} iterations, drift sigma {2}, fork sigma {3}, iteration sigma {4}")
    @CsvSource({
        "3, 6, 0.04, 0.01, 0.02", // quick's extra rounds on a host whose speed wanders
        "3, 6, 0, 0.02, 0.02",    // no drift: pairing gains nothing and must not lose coverage
        "5, 6, 0.04, 0.01, 0.02",
        "6, 5, 0.02, 0.03, 0.05", // rounds that differ more than they drift
    })
    void coversTheTrueRatio(int pairs, int iterations, double drift, double forkSigma, double iterationSigma) {
        SplittableRandom random = new SplittableRandom(pairs * 100L + iterations);
        int covered = 0;
        for (int t = 0; t < TRIALS; t++) {
            Trial trial = Trial.of(random, pairs, iterations, drift, forkSigma, iterationSigma);
            if (bootstrap.pairedRatio(trial.oneCore(), trial.twoCores()).contains(TRUE_RATIO)) {
                covered++;
            }
        }
        double coverage = (double) covered / TRIALS;
        assertTrue(coverage >= 0.92 && coverage <= 0.99, "coverage " + coverage + " for a nominal 95%");
    }

    @Test
    void aDriftCommonToBothSidesOfARoundCancels() {
        SplittableRandom random = new SplittableRandom(42);
        int narrower = 0;
        for (int t = 0; t < 100; t++) {
            Trial trial = Trial.of(random, 3, 6, 0.05, 0.005, 0.01);
            Interval paired = bootstrap.pairedRatio(trial.oneCore(), trial.twoCores());
            Interval unpaired = bootstrap.ratio(trial.flat(trial.oneCore()), trial.flat(trial.twoCores()));
            assertEquals(unpaired.estimate(), paired.estimate(), 1e-12, "the same ratio of means");
            narrower += paired.upper() - paired.lower() < (unpaired.upper() - unpaired.lower()) / 2 ? 1 : 0;
        }
        assertTrue(narrower >= 90, "paired under half as wide in " + narrower + " of 100 trials");
    }

    @Test
    void itSaysHowItWasMadeAndNeedsTwoPairs() {
        List<List<double[]>> one = List.of(List.of(new double[] {2, 2.1, 1.9}));
        List<List<double[]>> other = List.of(List.of(new double[] {1, 1.05, 0.95}));
        assertEquals(Interval.Method.INSUFFICIENT_DATA, bootstrap.pairedRatio(one, other).method());
        List<List<double[]>> two = List.of(one.get(0), List.of(new double[] {2.2, 2.1, 2.0}));
        List<List<double[]>> twoOther = List.of(other.get(0), List.of(new double[] {1.1, 1.05, 1.0}));
        Interval i = bootstrap.pairedRatio(two, twoOther);
        assertEquals(Interval.Method.PAIRED_ROUNDS, i.method());
        assertEquals(1.0, i.degreesOfFreedom());
        assertThrows(IllegalArgumentException.class, () -> bootstrap.pairedRatio(two, other),
                "pair counts must match");
    }
}
