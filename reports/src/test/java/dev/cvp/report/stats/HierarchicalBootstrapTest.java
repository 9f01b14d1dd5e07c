package dev.cvp.report.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

class HierarchicalBootstrapTest {

    private final HierarchicalBootstrap bootstrap = new HierarchicalBootstrap(1000, 3);

    @Test
    void fewerThanTwoValuesGiveNoInterval() {
        Interval one = bootstrap.mean(List.of(new double[] {5.0}));
        assertEquals(Interval.Method.INSUFFICIENT_DATA, one.method());
        assertEquals(5.0, one.estimate());
        assertTrue(Double.isNaN(one.lower()) && Double.isNaN(one.upper()));
        assertFalse(one.contains(5.0));

        assertTrue(Double.isNaN(bootstrap.mean(List.of()).estimate()));

        Interval ratio = bootstrap.ratio(List.of(new double[] {4.0}), List.of(new double[] {2.0, 2.0, 2.0}));
        assertFalse(ratio.sufficient());
        assertEquals(2.0, ratio.estimate(), 1e-12);
        assertEquals(List.of(new SampleSize(1, 1), new SampleSize(1, 3)), ratio.sides());
    }

    @Test
    void oneForkResamplesIterationsOnlyAndSaysSo() {
        assertEquals(Interval.Method.ITERATIONS_ONLY, bootstrap.mean(List.of(new double[] {1, 2, 3})).method());
        List<double[]> three = List.of(new double[] {1, 2}, new double[] {2, 3}, new double[] {3, 4});
        assertEquals(Interval.Method.FORKS_THEN_ITERATIONS, bootstrap.mean(three).method());
        assertEquals(Interval.Method.FORKS_THEN_ITERATIONS, bootstrap.ratio(three, three).method());
        assertEquals(Interval.Method.ITERATIONS_ONLY, bootstrap.ratio(three, List.of(new double[] {1, 2, 3})).method());
    }

    @Test
    void estimatesAreTheMeansOfAllIterationsAndTheirRatio() {
        List<double[]> a = List.of(new double[] {10, 12}, new double[] {11, 13, 14}, new double[0]);
        List<double[]> b = List.of(new double[] {5, 6, 7});
        Interval mean = bootstrap.mean(a);
        assertEquals(12.0, mean.estimate(), 1e-12);
        assertEquals(List.of(new SampleSize(2, 5)), mean.sides());
        assertEquals(2.0, bootstrap.ratio(a, b).estimate(), 1e-12);
        assertTrue(mean.lower() < 12 && 12 < mean.upper());
    }

    @Test
    void sameDataAndSeedGiveTheSameInterval() {
        List<double[]> a = SyntheticRuns.lognormal(new SplittableRandom(1), 3, 3, 10, 0.05, 0.05);
        List<double[]> b = SyntheticRuns.lognormal(new SplittableRandom(2), 1, 3, 10, 0.05, 0.05);
        assertEquals(bootstrap.ratio(a, b), bootstrap.ratio(a, b));
        assertEquals(bootstrap.ratio(a, b), new HierarchicalBootstrap(1000, 3).ratio(a, b));
    }

    @Test
    void symmetricDataOfOneForkGiveStudentsTInterval() {
        double[] x = {9.0, 10.0, 11.0, 10.5, 9.5, 10.2, 9.8};
        double expected = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975)
                * new StandardDeviation().evaluate(x) / Math.sqrt(x.length);
        Interval mean = bootstrap.mean(List.of(x));
        assertEquals(x.length - 1, mean.degreesOfFreedom());
        assertEquals(expected, mean.halfWidth(), 0.05 * expected);
    }

    @Test
    void valuesAtOrBelowZeroAreMeanedOnTheLinearScale() {
        Interval mean = bootstrap.mean(List.of(new double[] {-1, 0, 1, 2}));
        assertEquals(0.5, mean.estimate(), 1e-12);
        assertTrue(mean.lower() < 0 && mean.upper() > 1);
    }

    @Test
    void identicalValuesGiveAPointInterval() {
        Interval mean = bootstrap.mean(List.of(new double[] {4, 4}, new double[] {4, 4}));
        assertEquals(4.0, mean.lower());
        assertEquals(4.0, mean.upper());
    }

    @Test
    void withSeveralForksTheForkMeansSetTheWidth() {
        List<double[]> apart = List.of(new double[] {10, 10.1, 9.9, 10}, new double[] {12, 12.1, 11.9, 12},
                new double[] {14, 14.1, 13.9, 14});
        Interval mean = bootstrap.mean(apart);
        assertEquals(2, mean.degreesOfFreedom());
        double forkMeansHalfWidth = new TDistribution(2).inverseCumulativeProbability(0.975) * 2 / Math.sqrt(3);
        assertEquals(forkMeansHalfWidth, mean.halfWidth(), 0.1 * forkMeansHalfWidth);
        // relative variances of the means: (4/3) / 12^2 with 2 df; (4/7 / 8) / 6^2 with 7 df
        double va = 4.0 / 3 / 144;
        double vb = 4.0 / 7 / 8 / 36;
        double welch = (va + vb) * (va + vb) / (va * va / 2 + vb * vb / 7);
        assertEquals(welch, bootstrap.ratio(apart, List.of(new double[] {5, 6, 7, 6, 5, 6, 7, 6})).degreesOfFreedom(),
                1e-9);
    }

    @Test
    void intervalsNarrowAsSamplesGrow() {
        int[][] designs = {{1, 3}, {3, 10}, {10, 10}};
        double previous = Double.POSITIVE_INFINITY;
        for (int[] design : designs) {
            SplittableRandom random = new SplittableRandom(42);
            double width = 0;
            for (int trial = 0; trial < 30; trial++) {
                width += bootstrap.ratio(
                        SyntheticRuns.lognormal(random, 2, design[0], design[1], 0.03, 0.05),
                        SyntheticRuns.lognormal(random, 1, design[0], design[1], 0.03, 0.05)).relativeHalfWidth();
            }
            width /= 30;
            assertTrue(width < previous, design[0] + " x " + design[1] + ": " + width + " not below " + previous);
            previous = width;
        }
        // 10 forks of 3% sd a side: t(18) x sqrt(2 x 0.03^2 / 10) = 2.8%
        assertTrue(previous < 0.035, "10 x 10 still ±" + previous);
    }

    @Test
    void badInputIsRefusedWithWhatAndWhere() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> bootstrap.mean(List.of(new double[] {1, Double.NaN})));
        assertTrue(nan.getMessage().startsWith("mean: iteration value NaN"), nan.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> bootstrap.ratio(List.of(new double[] {1, 2}), List.of(new double[] {0, 1})));
        assertTrue(zero.getMessage().startsWith("ratio denominator:"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HierarchicalBootstrap(10, 1));
    }
}
