package dev.cvp.report.metrics;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Fits Amdahl's law S(n) = 1 / (s + (1 - s) / n) to measured speedups. Rewritten as
 * y = 1/S - 1/n = s (1 - 1/n), it is a line through the origin, fitted by least squares
 * (weighted by the propagated speedup errors when every point has one).
 *
 * <p>The interval: with errors, s ± the propagated error of the weighted fit (JMH's errors are
 * 99.9% half-widths, so this is a wide interval); without errors and with two or more points,
 * the 95% Student-t interval from the residuals; otherwise none.
 */
public final class AmdahlFit {

    /** The fitted serial fraction, its interval half-width (NaN if none) and how it was obtained. */
    public record Result(double serialFraction, double halfWidth, String interval, int points) {

        /** The speedup the fit predicts at n times the base cores. */
        public double predict(double n) {
            return 1 / (serialFraction + (1 - serialFraction) / n);
        }

        /** Amdahl's ceiling 1/s as n grows without bound (infinite for s <= 0). */
        public double ceiling() {
            return serialFraction <= 0 ? Double.POSITIVE_INFINITY : 1 / serialFraction;
        }
    }

    private AmdahlFit() {
    }

    public static Optional<Result> fit(List<ScalingPoint> points) {
        List<ScalingPoint> usable = points.stream().filter(p -> p.n() > 1 && p.s() > 0).toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        boolean weighted = usable.stream().allMatch(p -> Double.isFinite(p.error()) && p.error() > 0);
        double sxy = 0;
        double sxx = 0;
        for (ScalingPoint p : usable) {
            double x = 1 - 1 / p.n();
            double y = 1 / p.s() - 1 / p.n();
            double w = weighted ? weight(p) : 1;
            sxy += w * x * y;
            sxx += w * x * x;
        }
        double s = sxy / sxx;
        if (weighted) {
            return Optional.of(new Result(s, Math.sqrt(1 / sxx), "propagated from JMH's 99.9% errors", usable.size()));
        }
        if (usable.size() >= 2) {
            double rss = 0;
            double xx = 0;
            for (ScalingPoint p : usable) {
                double x = 1 - 1 / p.n();
                double r = (1 / p.s() - 1 / p.n()) - s * x;
                rss += r * r;
                xx += x * x;
            }
            int dof = usable.size() - 1;
            double se = Math.sqrt(rss / dof / xx);
            double t = new TDistribution(dof).inverseCumulativeProbability(0.975);
            return Optional.of(new Result(s, t * se, "95% from residuals", usable.size()));
        }
        return Optional.of(new Result(s, Double.NaN, "none (one point, no error)", usable.size()));
    }

    /** 1 / variance of y = 1/S - 1/n, where sigma_y = sigma_S / S^2. */
    private static double weight(ScalingPoint p) {
        double sy = p.error() / (p.s() * p.s());
        return 1 / (sy * sy);
    }
}
