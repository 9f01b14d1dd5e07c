package dev.cvp.report.metrics;

import dev.cvp.report.model.Estimate;
import java.util.Optional;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Welch's two-sample t-test on the per-iteration samples of two estimates (unequal variances):
 * is the difference between A and B larger than their noise?
 */
public final class WelchTest {

    /** Below this p-value a difference is reported as significant. */
    public static final double ALPHA = 0.05;

    /** The test's outcome: p-value, and whether it is below {@link #ALPHA}. */
    public record Result(double p) {
        public boolean significant() {
            return p < ALPHA;
        }
    }

    private WelchTest() {
    }

    /** Empty when either side has fewer than 2 samples (JMH gave no per-iteration data). */
    public static Optional<Result> compare(Estimate a, Estimate b) {
        double[] x = a.samples();
        double[] y = b.samples();
        if (x.length < 2 || y.length < 2) {
            return Optional.empty();
        }
        if (StatUtils.variance(x) == 0 && StatUtils.variance(y) == 0) {
            return Optional.of(new Result(StatUtils.mean(x) == StatUtils.mean(y) ? 1.0 : 0.0));
        }
        return Optional.of(new Result(new TTest().tTest(x, y)));
    }
}
