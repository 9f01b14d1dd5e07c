package dev.cvp.report.metrics;

/**
 * One measured speedup: at {@code n} times the base core count (n = k / base), speedup
 * {@link Ratio#value()} with its interval.
 */
public record ScalingPoint(double n, Ratio speedup) {

    /** A point with no interval (fits, tests). */
    public static ScalingPoint of(double n, double s) {
        return new ScalingPoint(n, Ratio.withoutInterval(s));
    }

    public double s() {
        return speedup.value();
    }
}
