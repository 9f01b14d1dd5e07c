package dev.cvp.report.metrics;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Fits Amdahl's law S(n) = 1 / (s + (1 - s) / n) to measured speedups. Rewritten as
 * y = 1/S - 1/n = s (1 - 1/n), it is a line through the origin, fitted by least squares.
 *
 * <p>The interval: with one point, s is that point's Karp-Flatt fraction and its interval is
 * the speedup's 95% interval mapped through the same exact transform; with two or more points,
 * the 95% Student-t interval from the fit's residuals; otherwise none.
 */
public final class AmdahlFit {

    /** The fitted serial fraction, its interval (NaN ends if none) and how it was obtained. */
    public record Result(double serialFraction, double low, double high, String interval, int points) {

        /** The speedup the fit predicts at n times the base cores. */
        public double predict(double n) {
            return 1 / (serialFraction + (1 - serialFraction) / n);
        }

        /** Amdahl's ceiling 1/s as n grows without bound (infinite for s <= 0). */
        public double ceiling() {
            return serialFraction <= 0 ? Double.POSITIVE_INFINITY : 1 / serialFraction;
        }

        public boolean hasInterval() {
            return Double.isFinite(low) && Double.isFinite(high);
        }
    }

    private AmdahlFit() {
    }

    public static Optional<Result> fit(List<ScalingPoint> points) {
        List<ScalingPoint> usable = points.stream().filter(p -> p.n() > 1 && p.s() > 0).toList();
        if (usable.isEmpty()) {
            return Optional.empty();
        }
        if (usable.size() == 1) {
            KarpFlatt.Result e = KarpFlatt.serialFraction(usable.get(0));
            boolean ranged = Double.isFinite(e.low()) && Double.isFinite(e.high());
            return Optional.of(new Result(e.value(), e.low(), e.high(),
                    ranged ? "95%, from the speedup's interval" : "none (one point, no interval)", 1));
        }
        double sxy = 0;
        double sxx = 0;
        for (ScalingPoint p : usable) {
            double x = 1 - 1 / p.n();
            sxy += x * (1 / p.s() - 1 / p.n());
            sxx += x * x;
        }
        double s = sxy / sxx;
        double rss = 0;
        for (ScalingPoint p : usable) {
            double r = (1 / p.s() - 1 / p.n()) - s * (1 - 1 / p.n());
            rss += r * r;
        }
        int dof = usable.size() - 1;
        double half = new TDistribution(dof).inverseCumulativeProbability(0.975) * Math.sqrt(rss / dof / sxx);
        return Optional.of(new Result(s, s - half, s + half, "95% from residuals", usable.size()));
    }
}
