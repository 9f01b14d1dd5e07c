package dev.cvp.report.metrics;

import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Mode;

/**
 * How many times better one estimate is than another, with the error propagated from both
 * (relative errors added in quadrature: first-order propagation for a quotient). The error is
 * NaN when either side has none.
 */
public record Ratio(double value, double error) {

    /** The ratio of a thing to itself: exactly 1. */
    public static final Ratio ONE = new Ratio(1.0, 0.0);

    /**
     * {@code base / other} for time per operation (lower is better), {@code other / base} for
     * throughput: above 1 means {@code other} is better.
     */
    public static Ratio improvement(Mode mode, Estimate base, Estimate other) {
        Estimate num = mode.higherIsBetter() ? other : base;
        Estimate den = mode.higherIsBetter() ? base : other;
        double value = num.score() / den.score();
        double error = value * Math.hypot(num.error() / num.score(), den.error() / den.score());
        return new Ratio(value, error);
    }

    public boolean hasError() {
        return Double.isFinite(error);
    }

    /** The ratio divided by a constant (speedup / cores = efficiency). */
    public Ratio dividedBy(double d) {
        return new Ratio(value / d, error / d);
    }
}
